// Sends a scenario's steps to one server and records the answers; removes what the scenario created.
import type { Scenario, Step, Tools } from "./scenario.js";

export interface Target {
  name: string;
  address: string;
  token: string;
  /** Replaced by <plugin_dir> in answers: the two servers' plugin directories differ. */
  pluginDir: string;
}

export interface Exchange {
  step: Step;
  status: number;
  contentType: string | null;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: answers are arbitrary JSON
  json: any;
}

const BOGUS = "s.bogus-token-nobody-issued";

export async function send(target: Target, step: Step): Promise<Exchange> {
  const headers: Record<string, string> = {};
  const token = step.token ?? "root";
  if (token === "root") headers["X-Vault-Token"] = target.token;
  if (token === "bogus") headers["X-Vault-Token"] = BOGUS;
  const body = step.rawBody ?? (step.body === undefined ? undefined : JSON.stringify(step.body));
  const res = await fetch(`${target.address}/v1/${step.path}`, {
    method: step.method,
    headers,
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { step, status: res.status, contentType: res.headers.get("content-type"), text, json };
}

/** Disables every mount and deletes every catalog entry whose name starts with `pre`. */
export async function cleanup(target: Target, pre: string): Promise<void> {
  const call = (method: Step["method"], path: string) => send(target, { method, path });
  for (const table of ["mounts", "auth"] as const) {
    const mounts = (await call("GET", `sys/${table}`)).json?.data ?? {};
    for (const path of Object.keys(mounts).filter((p) => p.startsWith(pre))) {
      await call("DELETE", `sys/${table}/${path}`);
    }
  }
  const detailed: { type: string; name: string; version: string; builtin: boolean }[] =
    (await call("GET", "sys/plugins/catalog")).json?.data?.detailed ?? [];
  for (const d of detailed.filter((d) => !d.builtin && d.name.startsWith(pre))) {
    await call("DELETE", `sys/plugins/catalog/${d.type}/${d.name}?version=${encodeURIComponent(d.version)}`);
  }
}

export async function runScenario(target: Target, scenario: Scenario, tools: Tools): Promise<Exchange[]> {
  const out: Exchange[] = [];
  try {
    for (const step of scenario.steps(tools)) out.push(await send(target, step));
  } finally {
    await cleanup(target, tools.pre);
  }
  return out;
}
