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

/** Values saved by earlier steps of one scenario on one server (tokens, accessors). */
export type Saved = Map<string, string>;

/** A saved value; a step that names one no earlier step saved is a broken scenario, not a difference. */
function savedValue(vars: Saved, name: string): string {
  const value = vars.get(name);
  if (value === undefined) throw new Error(`no earlier step saved ${JSON.stringify(name)}`);
  return value;
}

const fill = (text: string, vars: Saved) =>
  text.replace(/\$\{(\w+)\}/g, (_whole, name: string) => savedValue(vars, name));

function pick(json: unknown, path: string): unknown {
  let v: unknown = json;
  for (const key of path.split("."))
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The answer with every saved value replaced by <name>: tokens and accessors differ between servers. */
function hideSaved(v: unknown, vars: Saved): unknown {
  if (typeof v === "string") {
    let out = v;
    for (const [name, value] of vars) if (value) out = out.split(value).join(`<${name}>`);
    return out;
  }
  if (Array.isArray(v)) return v.map((x) => hideSaved(x, vars));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hideSaved(x, vars)]));
  }
  return v;
}

export async function send(target: Target, step: Step, vars: Saved = new Map()): Promise<Exchange> {
  const headers: Record<string, string> = {};
  const token = step.token ?? "root";
  if (token === "root") headers["X-Vault-Token"] = target.token;
  if (token === "bogus") headers["X-Vault-Token"] = BOGUS;
  if (token.startsWith("$")) headers["X-Vault-Token"] = savedValue(vars, token.slice(1));
  const raw = step.rawBody ?? (step.body === undefined ? undefined : JSON.stringify(step.body));
  const body = raw === undefined ? undefined : fill(raw, vars);
  const res = await fetch(`${target.address}/v1/${fill(step.path, vars)}`, {
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
  for (const [name, path] of Object.entries(step.save ?? {})) {
    const value = pick(json, path);
    if (typeof value === "string") vars.set(name, value);
  }
  return {
    step,
    status: res.status,
    contentType: res.headers.get("content-type"),
    text: hideSaved(text, vars) as string,
    json: hideSaved(json, vars),
  };
}

/** Sends a step, again while `until` says so (bounded in count and time). */
async function sendUntil(target: Target, step: Step, vars: Saved): Promise<Exchange> {
  let exchange = await send(target, step, vars);
  for (let i = 1; step.until && exchange.status !== step.until.status && i < step.until.attempts; i++) {
    await new Promise((resolve) => setTimeout(resolve, step.until?.everyMs));
    exchange = await send(target, step, vars);
  }
  return exchange;
}

/** Disables every mount and deletes every catalog entry and ACL policy whose name starts with `pre`. */
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
  const policies: string[] = (await call("LIST", "sys/policies/acl")).json?.data?.keys ?? [];
  for (const name of policies.filter((p) => p.startsWith(pre)))
    await call("DELETE", `sys/policies/acl/${name}`);
}

export async function runScenario(target: Target, scenario: Scenario, tools: Tools): Promise<Exchange[]> {
  const out: Exchange[] = [];
  const vars: Saved = new Map();
  try {
    for (const step of scenario.steps(tools)) out.push(await sendUntil(target, step, vars));
  } finally {
    await cleanup(target, tools.pre);
  }
  return out;
}
