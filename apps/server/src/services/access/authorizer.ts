// Whether a token may do an operation on a path, as the core checks every request (CheckToken and
// performPolicyChecks): its policies' ACL must allow the operation's capability, and a root-protected path
// (the flavour's list, router.RootPath) needs `sudo` besides. The root policy may do everything.
import { type AclOperation, allows } from "../../domain/policy/acl.js";
import type { Caller } from "../../domain/records.js";
import type { AccessRules } from "../../ports/flavor.js";
import type { PolicyService } from "./policies.js";
import type { TokenService } from "./tokens.js";

export type { AclOperation };

/** Whether `path` (from the API root, without /v1/) is root-protected. */
export function needsSudo(path: string, sudoPaths: readonly string[]): boolean {
  return sudoPaths.some((p) => (p.endsWith("*") ? path.startsWith(p.slice(0, -1)) : path === p));
}

export function createAuthorizer(deps: {
  tokens: TokenService;
  policies: PolicyService;
  rules: AccessRules;
}) {
  const { tokens, policies, rules } = deps;
  return {
    authenticate: (token: string) => tokens.authenticate(token),
    use: (caller: Caller) => tokens.use(caller),
    revoke: (caller: Caller) => tokens.revoke(caller.token),

    async allowed(caller: Caller, path: string, operation: AclOperation): Promise<boolean> {
      const acl = await policies.acl(caller.record.policies);
      if (acl.root) return true;
      const caps = acl.match(path, operation);
      if (!allows(caps, operation)) return false;
      return !needsSudo(path, rules.sudoPaths) || (caps?.has("sudo") ?? false);
    },

    /** SudoPrivilege: whether the token has sudo on the path (root always has). */
    async sudo(caller: Caller, path: string): Promise<boolean> {
      const acl = await policies.acl(caller.record.policies);
      if (acl.root) return true;
      const caps = acl.match(path, "update");
      return Boolean(caps && !caps.has("deny") && caps.has("sudo"));
    },
  };
}

export type Authorizer = ReturnType<typeof createAuthorizer>;
