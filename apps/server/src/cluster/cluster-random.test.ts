// A randomised run over three nodes on PostgreSQL: concurrent workers send at least 1,000 operations
// (register, delete, pin, unpin, enable, disable, tune, reload) to random nodes, bounded in count and in
// time. Each worker owns its keys, so its own acknowledged writes say what the end state of those keys
// must be; workers meet on mount paths (one owns "cK/", the next "cK/x/"), where only one may exist.
// Then a seeded sequential history runs on the cluster and on one node on the embedded JSON store: same
// answers, same final state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, call, startTestCluster, type TestCluster, TOKEN } from "../testing/cluster.js";
import { type Fixture, startFixture } from "../testing/fixture.js";
import { postgresMissing } from "../testing/postgres.js";

const WORKERS = 9;
const OPS = 1_107; // 123 per worker
const VERSIONS = ["1.0.0", "1.0.1", "1.0.2"];

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Op {
  /** What it does, for the per-kind counts. */
  kind: string;
  /** The statuses that refuse it by a rule (nothing changed); any other non-2xx fails the run. */
  refusals: number[];
  method: string;
  path: string;
  body?: unknown;
  /** What an acknowledgement (2xx) of it means for the worker's model of its keys. */
  effect?: (model: Model) => void;
}

interface Model {
  catalog: Map<string, string | null>; // "name@version" -> args[0] of the last acknowledged registration
  pins: Map<string, string | null>; // name -> version
  mounts: Map<string, { type: string; description: string } | null>; // path -> last acknowledged state
}

const newModel = (): Model => ({ catalog: new Map(), pins: new Map(), mounts: new Map() });

/** The next operation of a worker that owns `names` and `paths`. */
function nextOp(rand: () => number, id: string, names: string[], paths: string[]): Op {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const name = pick(names);
  const version = pick(VERSIONS);
  const path = pick(paths);
  const r = rand();
  if (r < 0.24) {
    return {
      kind: "register",
      refusals: [],
      method: "POST",
      path: `sys/plugins/catalog/secret/${name}`,
      body: { sha256: SHA, command: "random-plugin", version, args: [id] },
      effect: (m) => m.catalog.set(`${name}@v${version}`, id),
    };
  }
  if (r < 0.33) {
    return {
      // The pinned version cannot be deleted (Vault: 500).
      kind: "deregister",
      refusals: [500],
      method: "DELETE",
      path: `sys/plugins/catalog/secret/${name}?version=${version}`,
      effect: (m) => m.catalog.set(`${name}@v${version}`, null),
    };
  }
  if (r < 0.45) {
    return {
      // A pin of a version that is not registered.
      kind: "pin",
      refusals: [400],
      method: "POST",
      path: `sys/plugins/pins/secret/${name}`,
      body: { version },
      effect: (m) => m.pins.set(name, `v${version}`),
    };
  }
  if (r < 0.51) {
    return {
      kind: "unpin",
      refusals: [],
      method: "DELETE",
      path: `sys/plugins/pins/secret/${name}`,
      effect: (m) => m.pins.set(name, null),
    };
  }
  if (r < 0.66) {
    const type = rand() < 0.5 ? "kv" : name;
    return {
      // A path in use or clashing (409), or a plugin type that is not registered (400).
      kind: "enable",
      refusals: [400, 409],
      method: "POST",
      path: `sys/mounts/${path}`,
      body: { type, description: id },
      effect: (m) => m.mounts.set(path, { type, description: id }),
    };
  }
  if (r < 0.74) {
    return {
      kind: "disable",
      refusals: [],
      method: "DELETE",
      path: `sys/mounts/${path}`,
      effect: (m) => m.mounts.set(path, null),
    };
  }
  if (r < 0.86) {
    // Tune finds its mount by longest prefix, as Vault's does: only the worker's own top path, which no
    // one else's path is a prefix of, is tuned.
    const top = paths[0] as string;
    return {
      // Its mount is not there.
      kind: "tune",
      refusals: [400],
      method: "POST",
      path: `sys/mounts/${top}/tune`,
      body: { description: id },
      effect: (m) => {
        const before = m.mounts.get(top);
        if (before) m.mounts.set(top, { ...before, description: id });
      },
    };
  }
  const scope = rand() < 0.3 ? { scope: "global" } : {};
  // A mount that is not there (Vault: 500), a plugin nothing runs (400).
  return rand() < 0.5
    ? {
        kind: "reload",
        refusals: [400, 500],
        method: "POST",
        path: "sys/plugins/reload/backend",
        body: { mounts: [path], ...scope },
      }
    : {
        kind: "reload",
        refusals: [400, 500],
        method: "POST",
        path: "sys/plugins/reload/backend",
        body: { plugin: name, ...scope },
      };
}

let SHA = "";

/** The state a client sees, normalised: what the invariants and the comparisons read. */
async function stateOf(url: string, names: string[]) {
  const all = await call(url, "GET", "sys/plugins/catalog");
  const detailed = (all.json.data.detailed as { type: string; name: string; version: string }[]).filter(
    (e) => !e.version.includes("+builtin"),
  );
  const catalog: Record<string, string> = {};
  for (const e of detailed.filter((e) => names.includes(e.name))) {
    const read = await call(url, "GET", `sys/plugins/catalog/${e.type}/${e.name}?version=${e.version}`);
    catalog[`${e.name}@${e.version}`] = read.json.data.args[0];
  }
  const pinsList = (await call(url, "GET", "sys/plugins/pins")).json.data.pinned_versions as {
    name: string;
    version: string;
  }[];
  const pins = Object.fromEntries(
    pinsList.filter((p) => names.includes(p.name)).map((p) => [p.name, p.version]),
  );
  const mountsAnswer = (await call(url, "GET", "sys/mounts")).json.data as Record<
    string,
    { type: string; description: string }
  >;
  const mounts = Object.fromEntries(
    Object.entries(mountsAnswer)
      .filter(([p]) => /^(c\d+|q\d)\//.test(p))
      .map(([p, m]) => [p, { type: m.type, description: m.description }]),
  );
  return { detailed, catalog, pins, mounts };
}

/** Every invariant the storage promises, on what a client reads. */
function violations(state: Awaited<ReturnType<typeof stateOf>>): string[] {
  const out: string[] = [];
  const keys = state.detailed.map((e) => `${e.type}/${e.name}@${e.version}`);
  if (new Set(keys).size !== keys.length) out.push("a catalog entry is listed twice");
  for (const [name, version] of Object.entries(state.pins)) {
    if (!(`${name}@${version}` in state.catalog)) out.push(`pin ${name}@${version} names no catalog entry`);
  }
  const paths = Object.keys(state.mounts);
  for (const a of paths) {
    for (const b of paths) if (a !== b && b.startsWith(a)) out.push(`mount paths clash: ${a} and ${b}`);
  }
  return out;
}

describe.skipIf(postgresMissing("the randomised cluster run"))("randomised operations on three nodes", () => {
  let c: TestCluster;
  let json: Fixture;
  beforeAll(async () => {
    c = await startTestCluster(3);
    SHA = await c.writePlugin("random-plugin");
    json = await startFixture(["--root-token", TOKEN]);
    expect(await json.writePlugin("random-plugin", `#!/bin/sh\n# random-plugin\n`)).toBe(SHA);
  }, 120_000);
  afterAll(async () => {
    await c?.close();
    await json?.close();
  });

  it(`${OPS} concurrent operations: every invariant holds, every acknowledged write is there`, async () => {
    const started = Date.now();
    const models = Array.from({ length: WORKERS }, newModel);
    const counts = { ops: 0, acknowledged: 0, refused: 0 };
    const byKind: Record<string, { acknowledged: number; refused: number }> = {};
    const unexpected: string[] = [];
    await Promise.all(
      models.map(async (model, w) => {
        const rand = random(1000 + w);
        const names = [`w${w}a`, `w${w}b`];
        const paths = [`c${w}/`, `c${(w + WORKERS - 1) % WORKERS}/x/`];
        for (let i = 0; i < OPS / WORKERS; i++) {
          const op = nextOp(rand, `w${w}-${i}`, names, paths);
          const node = c.nodes[Math.floor(rand() * c.nodes.length)];
          const a: Answer = await call(node?.url as string, op.method, op.path, op.body);
          counts.ops++;
          const kind = byKind[op.kind] ?? { acknowledged: 0, refused: 0 };
          byKind[op.kind] = kind;
          if (a.status < 300) {
            counts.acknowledged++;
            kind.acknowledged++;
            op.effect?.(model);
          } else if (op.refusals.includes(a.status)) {
            // Refused by a rule (clash, missing entry, pinned version, missing mount): nothing changed.
            counts.refused++;
            kind.refused++;
          } else {
            unexpected.push(`${op.method} ${op.path}: ${a.status} ${JSON.stringify(a.json)}`);
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`randomised run: ${counts.ops} operations in ${seconds.toFixed(1)} s`, counts, byKind);
    expect(unexpected).toEqual([]);
    expect(counts.ops).toBe(OPS);
    // A server that refused every write would pass the checks below: each kind of operation was
    // acknowledged, and those no rule refuses never were refused (any refusal is in `unexpected` above).
    expect(Object.keys(byKind).sort()).toEqual(
      ["deregister", "disable", "enable", "pin", "register", "reload", "tune", "unpin"].sort(),
    );
    for (const [kind, k] of Object.entries(byKind))
      expect({ kind, acknowledged: k.acknowledged > 0 }).toEqual({ kind, acknowledged: true });

    const names = models.flatMap((_, w) => [`w${w}a`, `w${w}b`]);
    const states = await Promise.all(c.nodes.map((n) => stateOf(n.url, names)));
    // Every node reads the same state.
    expect(states[1]).toEqual(states[0]);
    expect(states[2]).toEqual(states[0]);
    const state = states[0] as Awaited<ReturnType<typeof stateOf>>;
    expect(violations(state)).toEqual([]);

    const lost: string[] = [];
    for (const m of models) {
      for (const [key, args] of m.catalog)
        if ((state.catalog[key] ?? null) !== args) lost.push(`catalog ${key}`);
      for (const [name, version] of m.pins)
        if ((state.pins[name] ?? null) !== version) lost.push(`pin ${name}`);
    }
    // A mount path is shared by two workers only through clashes, which refuse rather than replace.
    const mounts = new Map<string, unknown>();
    for (const m of models) for (const [path, v] of m.mounts) mounts.set(path, v);
    for (const [path, v] of mounts) {
      if (JSON.stringify(state.mounts[path] ?? null) !== JSON.stringify(v)) lost.push(`mount ${path}`);
    }
    console.log(
      `randomised run: ${violations(state).length} invariant violations, ${lost.length} writes lost`,
    );
    expect(lost).toEqual([]);
  }, 180_000);

  it("the same sequential history on the cluster and on one JSON-store node: same answers, same state", async () => {
    const rand = random(42);
    const names = ["q0", "q1"];
    const paths = ["q0/", "q0/x/", "q1/"];
    const differ: string[] = [];
    for (let i = 0; i < 300; i++) {
      const op = nextOp(rand, `q-${i}`, names, paths);
      const node = c.nodes[i % c.nodes.length]?.url as string;
      const [onCluster, onJson] = [
        await call(node, op.method, op.path, op.body),
        await call(json.url, op.method, op.path, op.body),
      ];
      const errors = (a: Answer) => JSON.stringify(a.json?.errors ?? []);
      if (onCluster.status !== onJson.status || errors(onCluster) !== errors(onJson)) {
        differ.push(
          `${i} ${op.method} ${op.path}: ${onCluster.status} ${errors(onCluster)} vs ${onJson.status} ${errors(onJson)}`,
        );
      }
    }
    expect(differ).toEqual([]);
    const [cluster, single] = [
      await stateOf(c.nodes[0]?.url as string, names),
      await stateOf(json.url, names),
    ];
    const only = (s: typeof cluster) => ({
      catalog: s.catalog,
      pins: s.pins,
      mounts: Object.fromEntries(Object.entries(s.mounts).filter(([p]) => p.startsWith("q"))),
      detailed: s.detailed.filter((e) => names.includes(e.name)),
    });
    expect(only(cluster)).toEqual(only(single));
    expect(Object.keys(only(single).catalog).length).toBeGreaterThan(0);
  }, 120_000);
});
