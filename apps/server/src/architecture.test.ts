// The layers import only downwards: routes → handlers → services → ports, with http/ as the edge,
// domain/ at the bottom, and adapters/ behind the ports. Only the composition root (main.ts, app.ts,
// server.ts, index.ts) and tests know every layer.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

/** What each layer may import (besides itself and packages). */
const allowed: Record<string, string[]> = {
  domain: [],
  ports: ["domain"],
  services: ["domain", "ports"],
  adapters: ["domain", "ports", "logger.ts", "postgres"],
  http: ["domain", "ports", "logger.ts"],
  handlers: ["domain", "ports", "http", "services"],
  routes: ["domain", "ports", "http", "handlers", "services"],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith("-suite.ts")
      ? [path]
      : [];
  });
}

const layerOf = (path: string) => relative(root, path).split("/")[0] as string;

function violations(): string[] {
  const found: string[] = [];
  for (const file of sources(root)) {
    const layer = layerOf(file);
    const may = allowed[layer];
    if (!may) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      const target = layerOf(join(file, "..", m[1] as string).replace(/\.js$/, ".ts"));
      if (target !== layer && !may.includes(target)) found.push(`${relative(root, file)} imports ${m[1]}`);
    }
  }
  return found;
}

describe("architecture", () => {
  it("every layer imports only the layers below it", () => {
    expect(violations()).toEqual([]);
  });

  it("the check sees imports (it finds the layers it guards)", () => {
    const guarded = sources(root).filter((f) => allowed[layerOf(f)]);
    expect(guarded.length).toBeGreaterThan(30);
  });
});
