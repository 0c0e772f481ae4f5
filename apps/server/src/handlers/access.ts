// Tokens, ACL policies and capabilities over HTTP: auth/token/*, sys/policies/acl, the legacy sys/policy
// and sys/capabilities{,-self,-accessor}. Fields are read as Vault's framework reads them (comma-separated
// lists, durations as seconds or Go durations); the rules are in services/access/.
import { DomainError, invalid } from "../domain/errors.js";
import type { Caller } from "../domain/records.js";
import type { Body } from "../http/body.js";
import { handler } from "../http/contract-types.js";
import type { Route } from "../http/route.js";
import { badToken, type CreateInput } from "../services/access/tokens.js";
import { parseDurationSecond } from "../services/durations.js";
import type { Services } from "../services/services.js";

type Access = Services["access"];

/** TypeCommaStringSlice fields, and durations given as numbers, as the framework reads them. */
function commaLists(...keys: string[]) {
  return (body: Body) => {
    const b = body as Record<string, unknown>;
    for (const key of keys) if (typeof b[key] === "string") b[key] = (b[key] as string).split(",");
  };
}

/** TypeStringSlice fields: a string is a list of that one string (no comma splitting). */
function oneElement(...keys: string[]) {
  return (body: Body) => {
    const b = body as Record<string, unknown>;
    for (const key of keys) if (typeof b[key] === "string") b[key] = [b[key]];
  };
}

function asText(...keys: string[]) {
  return (body: Body) => {
    const b = body as Record<string, unknown>;
    for (const key of keys) if (typeof b[key] === "number") b[key] = String(b[key]);
  };
}

const both =
  (...steps: ((body: Body) => void)[]) =>
  (body: Body) => {
    for (const step of steps) step(body);
  };

function callerOf(caller: Caller | undefined): Caller {
  if (!caller) throw new DomainError("forbidden", "permission denied");
  return caller;
}

function increment(raw: string | number | undefined): number {
  if (raw === undefined || raw === "") return 0;
  try {
    return typeof raw === "number" ? raw : parseDurationSecond(raw);
  } catch (err) {
    throw invalid((err as Error).message);
  }
}

function capabilitiesPaths(body: { paths?: string[]; path?: string[] }): string[] {
  const clean = (list: string[] | undefined) => (list ?? []).map((p) => p.trim()).filter(Boolean);
  const paths = clean(body.paths);
  return paths.length ? paths : clean(body.path);
}

/** handleCapabilities: per path, and `capabilities` when there is one path; copied to the top level. */
async function capabilitiesOf(access: Access, caller: Caller, paths: string[]) {
  if (paths.length === 0) throw invalid("paths must be supplied");
  const data: Record<string, string[]> = access.policies.capabilities(
    await access.policies.acl(caller.record.policies),
    paths,
  );
  if (paths.length === 1) data.capabilities = data[paths[0] as string] as string[];
  return { data, dataAtTop: true };
}

export function accessRoutes(access: Access): Route[] {
  const { tokens, policies, authorizer } = access;

  const create = (id: "token-create" | "token-create-orphan", orphan: boolean, path: string) =>
    handler(
      id,
      async ({ body, caller }) => {
        const c = callerOf(caller);
        const sudo = await authorizer.sudo(c, path);
        const { auth, warnings } = await tokens.create(c, (body ?? {}) as CreateInput, {
          sudo,
          orphan,
          path,
        });
        return { auth, warnings };
      },
      both(oneElement("policies"), asText("ttl", "explicit_max_ttl", "period")),
    );

  const lookupSelf = (id: "token-look-up-self" | "token-look-up-self2") =>
    handler(id, async ({ caller }) => {
      const c = callerOf(caller);
      const t = await tokens.find(c.token);
      if (!t) throw badToken();
      return { data: tokens.lookupData(t, c.token) as never };
    });

  const renew = async (token: string, raw: string | number | undefined) => {
    if (!token) throw invalid("missing token ID");
    return tokens.renew(token, increment(raw));
  };

  const capabilitiesPrepare = commaLists("paths", "path");

  const policyRead = (legacy: boolean) => async (name: string) => {
    const p = await policies.read(name);
    const data: Record<string, unknown> = {
      allow_slashes_in_identity_templates: false,
      allow_wildcards_in_identity_templates: false,
      cas_required: false,
      ...(p.modified ? { modified: p.modified } : {}),
      name: p.name,
      [legacy ? "rules" : "policy"]: p.policy,
      version: p.version,
    };
    return data;
  };

  return [
    {
      pattern: /^\/v1\/auth\/token\/create\/?$/,
      params: [],
      ops: { update: create("token-create", false, "auth/token/create") },
    },
    {
      pattern: /^\/v1\/auth\/token\/create-orphan\/?$/,
      params: [],
      ops: { update: create("token-create-orphan", true, "auth/token/create-orphan") },
    },
    {
      pattern: /^\/v1\/auth\/token\/lookup\/?$/,
      params: [],
      ops: {
        update: handler("token-look-up", async ({ body, caller }) => {
          const token = body?.token || callerOf(caller).token;
          const t = await tokens.find(token);
          if (!t) throw badToken();
          return { data: tokens.lookupData(t, token) as never };
        }),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/lookup-self\/?$/,
      params: [],
      ops: { read: lookupSelf("token-look-up-self"), update: lookupSelf("token-look-up-self2") },
    },
    {
      pattern: /^\/v1\/auth\/token\/lookup-accessor\/?$/,
      params: [],
      ops: {
        update: handler("token-look-up-accessor", async ({ body }) => {
          const accessor = body?.accessor ?? "";
          if (!accessor) throw new DomainError("bad_input", "missing accessor");
          const t = await tokens.findByAccessor(accessor);
          if (!t) throw new DomainError("bad_input", "invalid accessor");
          return { data: tokens.lookupData(t, "") as never };
        }),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/renew\/?$/,
      params: [],
      ops: {
        update: handler(
          "token-renew",
          async ({ body }) => renew(body?.token ?? "", body?.increment),
          asText(),
        ),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/renew-self\/?$/,
      params: [],
      ops: {
        update: handler("token-renew-self", async ({ body, caller }) =>
          renew(callerOf(caller).token, body?.increment),
        ),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/revoke\/?$/,
      params: [],
      ops: {
        update: handler("token-revoke", async ({ body }) => {
          const token = body?.token ?? "";
          if (!token) throw invalid("missing token ID");
          await tokens.revoke(token);
          return {};
        }),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/revoke-self\/?$/,
      params: [],
      ops: {
        update: handler("token-revoke-self", async ({ caller }) => {
          await tokens.revoke(callerOf(caller).token);
          return {};
        }),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/revoke-accessor\/?$/,
      params: [],
      ops: {
        update: handler("token-revoke-accessor", async ({ body }) => {
          const accessor = body?.accessor ?? "";
          if (!accessor) throw new DomainError("bad_input", "missing accessor");
          if (!(await tokens.revokeAccessor(accessor)))
            return { warnings: ["No token found with this accessor"] };
          return {};
        }),
      },
    },
    {
      pattern: /^\/v1\/auth\/token\/revoke-orphan\/?$/,
      params: [],
      ops: {
        update: handler("token-revoke-orphan", async ({ body, caller }) => {
          const token = body?.token ?? "";
          if (!token) throw invalid("missing token ID");
          if (!(await authorizer.sudo(callerOf(caller), "auth/token/revoke-orphan"))) {
            throw invalid("root or sudo privileges required to revoke and orphan");
          }
          if (!(await tokens.revokeOrphan(token))) throw invalid("token to revoke not found");
          return {};
        }),
      },
    },
    {
      pattern: /^\/v1\/sys\/capabilities-self\/?$/,
      params: [],
      ops: {
        update: handler(
          "query-token-self-capabilities",
          async ({ body, caller }) => capabilitiesOf(access, callerOf(caller), capabilitiesPaths(body)),
          capabilitiesPrepare,
        ),
      },
    },
    {
      pattern: /^\/v1\/sys\/capabilities\/?$/,
      params: [],
      ops: {
        update: handler(
          "query-token-capabilities",
          async ({ body }) => {
            const token = body?.token ?? "";
            if (!token) throw new DomainError("operation_failed", "no token found");
            const paths = capabilitiesPaths(body);
            if (paths.length === 0) throw invalid("paths must be supplied");
            const caller = await tokens.authenticate(token);
            if (!caller) throw new DomainError("bad_input", "invalid token");
            return capabilitiesOf(access, caller, paths);
          },
          capabilitiesPrepare,
        ),
      },
    },
    {
      pattern: /^\/v1\/sys\/capabilities-accessor\/?$/,
      params: [],
      ops: {
        update: handler(
          "query-token-accessor-capabilities",
          async ({ body }) => {
            const accessor = body?.accessor ?? "";
            if (!accessor) throw invalid("missing accessor");
            const t = await tokens.findByAccessor(accessor);
            if (!t) throw new DomainError("bad_input", "invalid accessor");
            return capabilitiesOf(access, { token: "", record: t }, capabilitiesPaths(body));
          },
          capabilitiesPrepare,
        ),
      },
    },
    {
      pattern: /^\/v1\/sys\/policies\/acl\/?$/,
      params: [],
      ops: {
        list: handler("policies-list-acl-policies", async () => ({ data: { keys: await policies.list() } })),
      },
    },
    {
      pattern: /^\/v1\/sys\/policies\/acl\/(.+)$/,
      params: ["name"],
      ops: {
        read: handler("policies-read-acl-policy", async ({ path }) => ({
          data: (await policyRead(false)(path.name)) as never,
        })),
        update: handler("policies-write-acl-policy", async ({ path, body }) => {
          await policies.write(path.name, body?.policy ?? "");
          return {};
        }),
        delete: handler("policies-delete-acl-policy", async ({ path }) => {
          await policies.remove(path.name);
          return {};
        }),
      },
    },
    {
      pattern: /^\/v1\/sys\/policy\/?$/,
      params: [],
      ops: {
        read: handler("policy-list", async () => {
          const keys = await policies.list();
          return { data: { keys, policies: keys }, dataAtTop: true };
        }),
        list: handler("policy-list", async () => {
          const keys = await policies.list();
          return { data: { keys, policies: keys }, dataAtTop: true };
        }),
      },
    },
    {
      pattern: /^\/v1\/sys\/policy\/(.+)$/,
      params: ["name"],
      ops: {
        read: handler("policy-read", async ({ path }) => ({
          data: (await policyRead(true)(path.name)) as never,
          dataAtTop: true,
        })),
        update: handler("policy-write", async ({ path, body }) => {
          const warnings: string[] = [];
          let text = body?.policy ?? "";
          if (text === "") {
            text = body?.rules ?? "";
            warnings.push("'rules' is deprecated, please use 'policy' instead");
          }
          await policies.write(path.name, text);
          return warnings.length ? { warnings } : {};
        }),
        delete: handler("policy-delete", async ({ path }) => {
          await policies.remove(path.name);
          return {};
        }),
      },
    },
  ];
}
