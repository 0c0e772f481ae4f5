// One deviation each: what a server that is almost Vault gets wrong. Several are the known faults of Vault's
// published docs and OpenAPI document (base64 sha256, absolute command, detailed as an object, 200 for 204).
import type { Deviation, Exchange, Reply } from "./proxy.js";

// biome-ignore lint/suspicious/noExplicitAny: the JSON bodies being bent are arbitrary
type Json = any;

const isJson = (res: Reply) =>
  (res.headers["content-type"] ?? "").startsWith("application/json") && res.body.length > 0;

/** Rewrites a JSON answer's body. */
function bodyOf(res: Reply, edit: (body: Json) => Json): Reply {
  if (!isJson(res)) return res;
  const body = edit(JSON.parse(res.body.toString("utf8")));
  return { ...res, body: Buffer.from(JSON.stringify(body)) };
}

const json = (status: number, body: unknown): Reply => ({
  status,
  headers: { "content-type": "application/json", "cache-control": "no-store" },
  body: Buffer.from(JSON.stringify(body)),
});

const isCatalogRead = (req: Exchange) =>
  req.method === "GET" &&
  /^\/v1\/sys\/plugins\/catalog\/(auth|database|secret)\/[^?]+/.test(req.path) &&
  !/[?&]list=/.test(req.path);
const isMountRead = (req: Exchange) =>
  req.method === "GET" && /^\/v1\/sys\/mounts\/[^?]+$/.test(req.path) && !req.path.endsWith("/tune");
const envByName = new Map<string, unknown>();

export const deviations: Deviation[] = [
  {
    name: "200-for-204",
    description:
      "answers 200 with an empty object where Vault answers 204 (as Vault's published OpenAPI says)",
    response: (_req, res) =>
      res.status === 204
        ? {
            ...res,
            status: 200,
            body: Buffer.from("{}"),
            headers: { ...res.headers, "content-type": "application/json" },
          }
        : res,
  },
  {
    name: "charset",
    description:
      "adds ; charset=utf-8 to the JSON Content-Type (Koa's default; hvac then loses error messages)",
    response: (_req, res) =>
      isJson(res)
        ? { ...res, headers: { ...res.headers, "content-type": "application/json; charset=utf-8" } }
        : res,
  },
  {
    name: "no-cache-control",
    description: "leaves out Cache-Control: no-store",
    response: (_req, res) => {
      const headers = { ...res.headers };
      delete headers["cache-control"];
      return { ...res, headers };
    },
  },
  {
    name: "pins-500",
    description:
      "answers 500 on sys/plugins/pins (a broken pins route must fail the run, not skip the pin checks)",
    response: (req, res) =>
      req.path.startsWith("/v1/sys/plugins/pins") ? json(500, { errors: ["internal error"] }) : res,
  },
  {
    name: "reload-by-type-500",
    description: "answers 500 on sys/plugins/reload/:type/:name (probed for the reload-by-type checks)",
    response: (req, res) =>
      /^\/v1\/sys\/plugins\/reload\/(auth|database|secret|unknown)\//.test(req.path)
        ? json(500, { errors: ["internal error"] })
        : res,
  },
  {
    name: "wrong-error-status",
    description: "answers 500 where Vault answers 400",
    response: (_req, res) => (res.status === 400 ? { ...res, status: 500 } : res),
  },
  {
    name: "error-text",
    description: "words its error messages differently from Vault",
    response: (_req, res) =>
      res.status >= 400
        ? bodyOf(res, (b) => ({ errors: (b.errors ?? []).map((e: string) => `error: ${e}`) }))
        : res,
  },
  {
    name: "404-with-message",
    description: "puts a message in the errors of a missing read, where Vault sends an empty array",
    response: (_req, res) =>
      res.status === 404
        ? bodyOf(res, (b) => ({ errors: b.errors?.length ? b.errors : ["not found"] }))
        : res,
  },
  {
    name: "dropped-field",
    description: "leaves running_sha256 out of a mount",
    response: (req, res) =>
      isMountRead(req)
        ? bodyOf(res, (b) => {
            if (b.data) delete b.data.running_sha256;
            delete b.running_sha256;
            return b;
          })
        : res,
  },
  {
    name: "uncanonical-version",
    description: "returns versions as registered (1.0) instead of canonical (v1.0.0)",
    response: (req, res) =>
      isCatalogRead(req)
        ? bodyOf(res, (b) =>
            b.data?.version ? { ...b, data: { ...b.data, version: b.data.version.replace(/^v/, "") } } : b,
          )
        : res,
  },
  {
    name: "running-follows-tune",
    description: "reports the configured version as running right after a tune, without a reload",
    response: (req, res) =>
      isMountRead(req)
        ? bodyOf(res, (b) => {
            if (b.data?.plugin_version) b.data.running_plugin_version = b.data.plugin_version;
            return b;
          })
        : res,
  },
  {
    name: "missing-warning",
    description: "drops warnings",
    response: (_req, res) => bodyOf(res, (b) => ("warnings" in b ? { ...b, warnings: null } : b)),
  },
  {
    name: "no-list-verb",
    description: "refuses the LIST method (Node's HTTP parser does, left alone)",
    request: (req) =>
      req.method === "LIST" ? { status: 400, headers: { connection: "close" }, body: Buffer.alloc(0) } : req,
  },
  {
    name: "list-spellings",
    description: "takes only ?list=true, not Go's other ParseBool spellings",
    request: (req) => (/[?&]list=(1|t|T|TRUE|True)(&|$)/.test(req.path) ? json(405, { errors: [] }) : req),
  },
  {
    name: "any-token",
    description: "accepts any token",
    request: (req) => ({
      ...req,
      headers: { ...req.headers, "x-vault-token": process.env.SYSPLUGINS_FAULTS_TOKEN ?? "" },
    }),
  },
  {
    name: "unsorted-names",
    description: "lists names in registration order rather than sorted",
    response: (_req, res) =>
      bodyOf(res, (b) =>
        Array.isArray(b.data?.keys) ? { ...b, data: { ...b.data, keys: [...b.data.keys].reverse() } } : b,
      ),
  },
  {
    name: "env-returned",
    description: "returns the env it was registered with",
    request: (req) => {
      const m = /^\/v1\/sys\/plugins\/catalog\/\w+\/([^?]+)/.exec(req.path);
      if (req.method === "POST" && m && req.body.length) {
        try {
          envByName.set(m[1] as string, JSON.parse(req.body.toString()).env);
        } catch {}
      }
      return req;
    },
    response: (req, res) => {
      const name = /^\/v1\/sys\/plugins\/catalog\/\w+\/([^?]+)/.exec(req.path)?.[1];
      return isCatalogRead(req) && name && envByName.get(name)
        ? bodyOf(res, (b) => ({ ...b, data: { ...b.data, env: envByName.get(name) } }))
        : res;
    },
  },
  {
    name: "env-key-in-reads",
    description:
      "returns an env list (here without the values registered) in catalog reads and the detailed list",
    response: (req, res) => {
      if (res.status !== 200) return res;
      const detailed = req.method === "GET" && /^\/v1\/sys\/plugins\/catalog\/?(\?|$)/.test(req.path);
      if (isCatalogRead(req)) return bodyOf(res, (b) => ({ ...b, data: { ...b.data, env: [] } }));
      if (detailed)
        return bodyOf(res, (b) =>
          Array.isArray(b.data?.detailed)
            ? {
                ...b,
                data: {
                  ...b.data,
                  detailed: b.data.detailed.map((d: Json) => (d.builtin ? d : { ...d, env: [] })),
                },
              }
            : b,
        );
      return res;
    },
  },
  {
    name: "no-envelope",
    description: "answers data without Vault's envelope",
    response: (req, res) =>
      req.method !== "GET" || !req.path.startsWith("/v1/sys/health")
        ? bodyOf(res, (b) => ("data" in b && b.data ? b.data : b))
        : res,
  },
  {
    name: "global-200",
    description: "answers a global reload 200 rather than 202",
    response: (_req, res) => (res.status === 202 ? { ...res, status: 200 } : res),
  },
  {
    name: "builtin-delete",
    description: "lets a builtin version be deleted",
    request: (req) =>
      req.method === "DELETE" && /builtin/.test(decodeURIComponent(req.path))
        ? { status: 204, headers: {}, body: Buffer.alloc(0) }
        : req,
  },
  {
    name: "pins-null",
    description: "answers an empty pin list with null",
    response: (req, res) =>
      req.path.startsWith("/v1/sys/plugins/pins") && req.method === "GET"
        ? bodyOf(res, (b) =>
            b.data?.pinned_versions?.length === 0 ? { ...b, data: { pinned_versions: null } } : b,
          )
        : res,
  },
  {
    name: "sha-base64",
    description: "returns sha256 as base64 (as Vault's published sample response shows)",
    response: (req, res) =>
      isCatalogRead(req)
        ? bodyOf(res, (b) =>
            b.data?.sha256
              ? { ...b, data: { ...b.data, sha256: Buffer.from(b.data.sha256, "hex").toString("base64") } }
              : b,
          )
        : res,
  },
  {
    name: "absolute-command",
    description: "returns the command as an absolute path (as Vault's published sample response shows)",
    response: (req, res) =>
      isCatalogRead(req)
        ? bodyOf(res, (b) =>
            b.data?.command ? { ...b, data: { ...b.data, command: `/plugins/${b.data.command}` } } : b,
          )
        : res,
  },
  {
    name: "detailed-object",
    description: "returns detailed as an object (as Vault's published OpenAPI declares it)",
    response: (req, res) =>
      req.method === "GET" && /^\/v1\/sys\/plugins\/catalog\/?$/.test(req.path)
        ? bodyOf(res, (b) => ({
            ...b,
            data: {
              ...b.data,
              detailed: Object.fromEntries((b.data?.detailed ?? []).map((d: Json, i: number) => [i, d])),
            },
          }))
        : res,
  },
  {
    name: "tune-empty-resets",
    description: 'takes plugin_version "" on tune as a reset instead of refusing it',
    request: (req) =>
      req.method === "POST" && req.path.endsWith("/tune") && req.body.includes('"plugin_version":""')
        ? { status: 204, headers: {}, body: Buffer.alloc(0) }
        : req,
  },
  {
    name: "pin-missing-text",
    description: "answers a missing pin with an empty 404 instead of Vault's message",
    response: (req, res) =>
      req.path.startsWith("/v1/sys/plugins/pins/") && res.status === 404 ? json(404, { errors: [] }) : res,
  },
  {
    name: "no-request-id",
    description: "leaves request_id out of the envelope",
    response: (_req, res) =>
      bodyOf(res, (b) => {
        delete b.request_id;
        return b;
      }),
  },
];
