// The engine: detects what the server can do, runs a catalogue of checks one after another, and removes
// everything it created, also when a check fails. Every name it creates starts with a run prefix, and it
// never touches anything else.
import { randomBytes } from "node:crypto";
import { CheckFailure, WHOSE } from "./expect.js";
import { type Answer, createSend, type Send, type Target } from "./http.js";
import { holds, type Product, type Release, type Rule, resolveRelease } from "./releases.js";
import { capabilityAwareSend, NeedsCapability, tokenIsRoot } from "./token-capabilities.js";

export type { Product, Release };

/** What a check needs beyond read access. Missing ones are reported as such, not as failures. */
export type Capability =
  | "write" // not in read-only mode
  | "plugin" // an external plugin binary in the server's plugin directory (its command and SHA-256)
  | "pins" // sys/plugins/pins: Vault 1.16+, not OpenBao
  | "reloadByType" // sys/plugins/reload/:type/:name: Vault 1.16+, not OpenBao
  | "reloadStatus" // sys/plugins/reload/backend/status: Vault Enterprise
  | "globalReload" // scope=global answered 202: Vault, not OpenBao (200, a local reload)
  | "databasePlugin"; // a database plugin binary in the server's plugin directory (test/plugins' sysplugins-database)

export interface Plugin {
  command: string;
  sha256: string;
  /** An environment variable that sets the version the plugin reports (servers that run the binary at
   *  registration, as OpenBao does, refuse a version it does not report). Unset: the plugin reports none. */
  versionEnv?: string;
}

/** The version as the server stores it ("1.0" → "v1.0.0"), which is what a plugin must report. */
export function canonicalVersion(version: string): string {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(version);
  return m ? `v${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4]}` : version;
}

export interface Context {
  send: Send;
  /** The token the target was given (for checks of how it is sent). */
  token: string;
  /** Unique to this run; every name a check creates starts with it. */
  prefix: string;
  plugin: Plugin;
  /** The database plugin (the same shape; command and sha256 empty when none was given). */
  databasePlugin: Plugin;
  /** The suffix of builtin versions on this server: "+builtin.vault", "+builtin.bao"... */
  builtinSuffix: string;
  /** Which product the server behaves as (sys/seal-status, else its builtins' suffix): where the real
   *  servers disagree, a check expects what that product does and cites both sources. */
  product: Product;
  /** The release it is judged by (sys/health's version, or the newest known): where releases differ, a check
   *  expects what that release does. */
  release: Release;
  /** Whether a release rule holds for the release judged by. */
  at(rule: Rule): boolean;
  /** Registers a plugin version (type "secret" unless said) and remembers to remove it. */
  register(name: string, version?: string, type?: string, extra?: Record<string, unknown>): Promise<Answer>;
  /** Enables a secrets engine or auth method and remembers to disable it. */
  enable(table: "mounts" | "auth", path: string, body: unknown): Promise<Answer>;
  /** Remembers a pin to remove. */
  pinned(type: string, name: string): void;
}

export interface Check {
  /** Stable name, e.g. "catalog.read.builtin". */
  id: string;
  /** The operation it checks, e.g. "GET /sys/plugins/catalog/:type/:name". */
  endpoint: string;
  title: string;
  /** Where the behaviour comes from in Vault's source or tests. */
  source: string;
  needs: Capability[];
  run(ctx: Context): Promise<void>;
}

export interface Result {
  check: Check;
  outcome: "pass" | "fail" | "skip";
  message: string;
  ms: number;
}

export interface RunOptions {
  target: Target;
  checks: Check[];
  plugin?: Plugin;
  /** A database plugin (dbplugin v5) for the database engine's checks. */
  databasePlugin?: Plugin;
  readOnly?: boolean;
  /** Judge the target as this product and release instead of the one it reports (to test the suite itself:
   *  a server judged by another release's facts must fail, naming both). */
  judgeAs?: { product: Product; version: string };
}

export interface Run {
  results: Result[];
  capabilities: Record<Capability, boolean>;
  /** Things the cleanup could not remove (names all start with the run prefix). */
  leftovers: string[];
  /** The product and release the server was judged by. */
  release: Release;
}

async function detect(send: Send, prefix: string, options: RunOptions) {
  const catalog = await send("GET", "sys/plugins/catalog");
  // Tolerant of a broken server: the checks, not the detection, report what is wrong.
  const detailed: unknown = catalog.json?.data?.detailed;
  const versions: string[] = (Array.isArray(detailed) ? detailed : [])
    .filter((d: { builtin?: boolean; version?: unknown }) => d?.builtin && typeof d.version === "string")
    .map((d: { version: string }) => d.version);
  const suffix =
    /\+builtin(\.\w+)?$/.exec(versions.find((v) => v.includes("+builtin.")) ?? versions[0] ?? "")?.[0] ??
    "+builtin";
  // A capability is present when its probe answers 200 and absent when it answers 404 (a route the server
  // does not have, "unsupported path"); anything else is a broken server, reported as a failed probe.
  const probeErrors: string[] = [];
  const refusedProbes: string[] = [];
  const probe = (what: string, a: Answer): boolean => {
    if (a.status === 200) return true;
    // A token whose policies refuse the probe cannot tell: the checks that need it are skipped.
    if (a.status === 403) {
      refusedProbes.push(what);
      return false;
    }
    if (a.status !== 404 && a.status !== 405)
      probeErrors.push(`${what}: received ${a.status} ${a.text.slice(0, 200)}`);
    return false;
  };
  const pins = probe("GET sys/plugins/pins", await send("GET", "sys/plugins/pins"));
  const byType = probe(
    "POST sys/plugins/reload/unknown/<probe>",
    await send("POST", `sys/plugins/reload/unknown/${prefix}-probe`, { body: {} }),
  );
  const status = await send("GET", `sys/plugins/reload/backend/status?reload_id=${prefix}`);
  const statusMissing = status.status === 404 && /enterprise-only|unsupported path/.test(status.text);
  if (status.status >= 500)
    probeErrors.push(
      `GET sys/plugins/reload/backend/status: received ${status.status} ${status.text.slice(0, 200)}`,
    );
  const health = await send("GET", "sys/health");
  const seal = await send("GET", "sys/seal-status");
  const detected: Product =
    seal.json && "commit_date" in seal.json
      ? "openbao"
      : seal.json && "build_date" in seal.json
        ? "vault"
        : suffix.endsWith(".bao")
          ? "openbao"
          : "vault";
  const reported = typeof health.json?.version === "string" ? health.json.version : "";
  const release = options.judgeAs
    ? judged(options.judgeAs.product, options.judgeAs.version, detected, reported)
    : resolveRelease(detected, reported);
  const capabilities: Record<Capability, boolean> = {
    write: !options.readOnly,
    plugin: Boolean(options.plugin),
    pins,
    reloadByType: byType,
    reloadStatus: !statusMissing,
    globalReload: release.product === "vault",
    databasePlugin: Boolean(options.databasePlugin),
  };
  return { capabilities, suffix, release, probeErrors, refusedProbes };
}

/** The release asked for, with a note naming the one the server reports. */
function judged(product: Product, version: string, detected: Product, reported: string): Release {
  const r = resolveRelease(product, version);
  const name = (p: Product) => (p === "openbao" ? "OpenBao" : "Vault");
  const note = `judged as ${r.label}; the server reports ${name(detected)} ${reported || "(no release)"}`;
  return { ...r, reported, label: `${r.label} (the server reports ${name(detected)} ${reported})`, note };
}

/** The capability probes' own check: a probe answered by a broken server fails the run. */
export const probesCheck: Check = {
  id: "capabilities.probes",
  endpoint: "capability detection",
  title: "the optional routes answer 200 where present and 404 where absent, never an error",
  source: "vault/logical_system_paths.go (pins, reload by type); OpenBao: 404 unsupported path (bao 2.7.2)",
  needs: [],
  run: async () => undefined,
};

const reasons: Record<Capability, string> = {
  write: "read-only mode",
  plugin: "no external plugin configured (SYSPLUGINS_CONFORMANCE_PLUGIN_COMMAND and _SHA256)",
  pins: "the server has no sys/plugins/pins (Vault before 1.16, OpenBao)",
  reloadByType: "the server has no sys/plugins/reload/:type/:name (Vault before 1.16, OpenBao)",
  reloadStatus: "the server has no reload status (Vault Enterprise only)",
  globalReload: "the server reloads locally and answers 200 to scope=global (OpenBao)",
  databasePlugin:
    "no external plugin configured for the database checks (SYSPLUGINS_CONFORMANCE_DATABASE_PLUGIN_COMMAND and _SHA256)",
};

export async function runChecks(options: RunOptions): Promise<Run> {
  const raw = createSend(options.target);
  // A token that is not root runs what its policies allow; the rest is skipped as needing a capability.
  const send = (await tokenIsRoot(raw)) ? raw : capabilityAwareSend(raw);
  const prefix = `sysplugins-conf-${randomBytes(3).toString("hex")}`;
  const { capabilities, suffix, release, probeErrors, refusedProbes } = await detect(raw, prefix, options);
  const probeReasons: Partial<Record<Capability, string>> = {};
  if (refusedProbes.some((p) => p.includes("pins"))) probeReasons.pins = "needs `read` on sys/plugins/pins";
  if (refusedProbes.some((p) => p.includes("reload/unknown")))
    probeReasons.reloadByType = "needs `update` on sys/plugins/reload/* (its probe was refused)";
  const cleanup: Array<() => Promise<Answer>> = [];
  const leftovers: string[] = [];
  const plugin = options.plugin ?? { command: "", sha256: "" };

  const ctx: Context = {
    send,
    token: options.target.token,
    prefix,
    plugin,
    databasePlugin: options.databasePlugin ?? { command: "", sha256: "" },
    builtinSuffix: suffix,
    product: release.product,
    release,
    at: (rule) => holds(rule, release),
    async register(name, version = "", type = "secret", extra = {}) {
      const body: Record<string, unknown> = { sha256: plugin.sha256, command: plugin.command, ...extra };
      if (version) body.version = version;
      if (plugin.versionEnv) {
        const env = Array.isArray(extra.env) ? extra.env : [];
        body.env = [...env, `${plugin.versionEnv}=${version ? canonicalVersion(version) : ""}`];
      }
      const answer = await send("POST", `sys/plugins/catalog/${type}/${name}`, { body });
      if (answer.status < 300) {
        const query = version ? `?version=${encodeURIComponent(version)}` : "";
        cleanup.push(() => send("DELETE", `sys/plugins/catalog/${type}/${name}${query}`));
      }
      return answer;
    },
    async enable(table, path, body) {
      const answer = await send("POST", `sys/${table}/${path}`, { body });
      if (answer.status < 300) cleanup.push(() => send("DELETE", `sys/${table}/${path}`));
      return answer;
    },
    pinned(type, name) {
      cleanup.push(() => send("DELETE", `sys/plugins/pins/${type}/${name}`));
    },
  };

  const results: Result[] = [
    {
      check: probesCheck,
      outcome: probeErrors.length ? "fail" : "pass",
      message: probeErrors.join("; "),
      ms: 0,
    },
  ];
  try {
    for (const check of options.checks) {
      const missing = check.needs.filter((n) => !capabilities[n]);
      if (missing.length > 0) {
        const why = missing.map((m) => probeReasons[m] ?? reasons[m]).join("; ");
        results.push({ check, outcome: "skip", message: why, ms: 0 });
        continue;
      }
      const started = performance.now();
      try {
        await check.run(ctx);
        results.push({ check, outcome: "pass", message: "", ms: performance.now() - started });
      } catch (err) {
        if (err instanceof NeedsCapability) {
          results.push({ check, outcome: "skip", message: err.message, ms: performance.now() - started });
          continue;
        }
        const message = (
          err instanceof CheckFailure
            ? err.message
            : `error: ${err instanceof Error ? err.message : String(err)}`
        ).replaceAll(WHOSE, release.label);
        results.push({ check, outcome: "fail", message, ms: performance.now() - started });
      }
    }
  } finally {
    // Mounts first (newest first), then pins, then catalog entries: the reverse of creation.
    for (const undo of cleanup.reverse()) {
      const answer = await undo().catch((err: Error) => ({ status: 0, text: err.message }) as Answer);
      if (answer.status >= 300 || answer.status === 0) leftovers.push(answer.text);
    }
    leftovers.push(...(await sweep(raw, prefix).catch((err: Error) => [`the final sweep: ${err.message}`])));
  }
  return { results, capabilities, leftovers, release };
}

interface Entry {
  type: string;
  name: string;
  version?: string;
}

/** The run's own names still on the server: mounts and auth methods, pins, catalog entries. */
async function ownLeft(send: Send, prefix: string) {
  const mine = (name: unknown) => typeof name === "string" && name.startsWith(prefix);
  const data = async (path: string) => {
    const a = await send("GET", path);
    return a.status === 200 ? a.json?.data : undefined;
  };
  const paths = async (table: string) =>
    Object.keys((await data(`sys/${table}`)) ?? {})
      .filter(mine)
      .map((p) => `sys/${table}/${p.replace(/\/$/, "")}`);
  const list = (v: unknown): Entry[] => (Array.isArray(v) ? v : []).filter((e: Entry) => mine(e?.name));
  return {
    mounts: [...(await paths("mounts")), ...(await paths("auth"))],
    pins: list((await data("sys/plugins/pins"))?.pinned_versions),
    catalog: list((await data("sys/plugins/catalog"))?.detailed),
  };
}

/**
 * After the cleanup, whatever still carries the run's prefix is removed by what the server lists (a DELETE
 * may answer 204 and remove nothing: OpenBao stores an unversioned registration under the version the
 * binary reports), then listed again: what is still there is returned, to be reported.
 */
async function sweep(send: Send, prefix: string): Promise<string[]> {
  const left = await ownLeft(send, prefix);
  for (const path of left.mounts) await send("DELETE", path);
  for (const p of left.pins) await send("DELETE", `sys/plugins/pins/${p.type}/${p.name}`);
  for (const e of left.catalog) {
    const query = e.version ? `?version=${encodeURIComponent(e.version)}` : "";
    await send("DELETE", `sys/plugins/catalog/${e.type}/${e.name}${query}`);
  }
  const still = await ownLeft(send, prefix);
  return [
    ...still.mounts.map((p) => `${p} (still mounted)`),
    ...still.pins.map((p) => `the pin of ${p.type} plugin ${p.name}`),
    ...still.catalog.map(
      (e) => `${e.type} plugin ${e.name}${e.version ? ` ${e.version}` : ""} (still in the catalog)`,
    ),
  ];
}
