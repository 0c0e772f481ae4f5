// Tokens, ACL policies and their enforcement (issue #23): the same requests to our server (OpenBao
// flavour) and to real OpenBao, with tokens made in the scenario and used by later steps ($name).
import { del, get, list, post, put, type Scenario, type Step, saved } from "../scenario.js";

const hcl = (...blocks: [path: string, caps: string[]][]) =>
  blocks.map(([p, caps]) => `path "${p}" { capabilities = ${JSON.stringify(caps)} }`).join("\n");

/** Writes a policy and makes a token with it (and default), saved as `name` and `name_accessor`. */
function tokenWith(pre: string, name: string, policy: string, extra: Record<string, unknown> = {}): Step[] {
  return [
    put(`sys/policies/acl/${pre}-${name}`, { policy }),
    {
      ...post("auth/token/create", { policies: [`${pre}-${name}`], ...extra }),
      save: { [name]: "auth.client_token", [`${name}_accessor`]: "auth.accessor" },
    },
  ];
}

const as = (step: Step, token: string): Step => ({ ...step, token: `$${token}` });

export const accessScenarios: Scenario[] = [
  {
    id: "policy-crud",
    group: "access",
    title:
      "ACL policies: write (lower-cased), read, list, legacy read and write, delete; root and default refused",
    steps: (t) => [
      put(`sys/policies/acl/${t.pre}-Upper`, { policy: hcl(["secret/*", ["read", "list"]]) }),
      get(`sys/policies/acl/${t.pre}-upper`),
      list("sys/policies/acl"),
      get(`sys/policy/${t.pre}-upper`),
      put(`sys/policy/${t.pre}-legacy`, { rules: 'path "secret/x" { policy = "write" }' }),
      get(`sys/policies/acl/${t.pre}-legacy`),
      get("sys/policy"),
      get("sys/policies/acl/root"),
      get("sys/policies/acl/default"),
      put("sys/policies/acl/root", { policy: hcl(["x", ["read"]]) }),
      del("sys/policies/acl/root"),
      del("sys/policies/acl/default"),
      del(`sys/policies/acl/${t.pre}-legacy`),
      get(`sys/policies/acl/${t.pre}-legacy`),
      del(`sys/policies/acl/${t.pre}-never`),
    ],
  },
  {
    id: "policy-invalid",
    group: "access",
    title: "policies that do not parse: an unknown capability, a capability of Vault's, +*, no text",
    steps: (t) => [
      put(`sys/policies/acl/${t.pre}-bad`, { policy: hcl(["x", ["bogus"]]) }),
      put(`sys/policies/acl/${t.pre}-bad`, { policy: hcl(["x", ["subscribe"]]) }),
      put(`sys/policies/acl/${t.pre}-bad`, { policy: hcl(["x/+*", ["read"]]) }),
      put(`sys/policies/acl/${t.pre}-bad`, { policy: 'path "x" { policy = "all" }' }),
      put(`sys/policies/acl/${t.pre}-bad`, { policy: "" }),
      put(`sys/policies/acl/${t.pre}-json`, {
        policy: JSON.stringify({ path: { "secret/*": { capabilities: ["read", "scan"] } } }),
      }),
      get(`sys/policies/acl/${t.pre}-json`),
    ],
  },
  {
    id: "acl-star-vs-plus",
    group: "access",
    title: "`*` against `+`: the rule whose first glob comes later wins, then not-a-prefix, fewer +, longer",
    steps: (t) => [
      ...tokenWith(
        t.pre,
        "glob",
        hcl(
          ["secret/*", ["read"]],
          ["secret/+/x", ["list"]],
          ["secret/+/*", ["update"]],
          ["secret/a/*", ["delete"]],
          ["secret/+/+/c", ["create"]],
          ["secret/b/+/c", ["patch"]],
        ),
      ),
      post("sys/capabilities", {
        token: saved("glob"),
        paths: [
          "secret/q",
          "secret/q/x",
          "secret/q/y",
          "secret/a/x",
          "secret/q/r/c",
          "secret/b/r/c",
          "secret/a/r/c",
        ],
      }),
      as(post("sys/capabilities-self", { path: "secret/q/x" }), "glob"),
      post("sys/capabilities-accessor", { accessor: saved("glob_accessor"), paths: ["secret/q/y"] }),
    ],
  },
  {
    id: "acl-deny-overrides",
    group: "access",
    title: "deny in one policy overrides every capability another grants on the same path, and only there",
    steps: (t) => [
      put(`sys/policies/acl/${t.pre}-allow`, {
        policy: hcl(["sys/mounts", ["read", "sudo"]], ["sys/auth", ["read"]]),
      }),
      put(`sys/policies/acl/${t.pre}-deny`, {
        policy: hcl(["sys/mounts", ["deny"]], ["sys/auth*", ["deny"]]),
      }),
      {
        ...post("auth/token/create", { policies: [`${t.pre}-allow`, `${t.pre}-deny`] }),
        save: { both: "auth.client_token" },
      },
      as(get("sys/mounts"), "both"),
      as(get("sys/auth"), "both"),
      as(post("sys/capabilities-self", { paths: ["sys/mounts", "sys/auth", "sys/auth/x"] }), "both"),
    ],
  },
  {
    id: "acl-sudo-root-paths",
    group: "access",
    title: "root-protected paths (sys/plugins/catalog/*, sys/auth/*) need sudo besides the capability",
    steps: (t) => [
      ...tokenWith(
        t.pre,
        "nosudo",
        hcl(
          ["sys/plugins/catalog/*", ["create", "read", "update", "delete", "list"]],
          ["sys/auth/*", ["read", "update", "delete"]],
        ),
      ),
      ...tokenWith(
        t.pre,
        "sudo",
        hcl(
          ["sys/plugins/catalog/*", ["read", "update", "delete", "list", "sudo"]],
          ["sys/auth/*", ["read", "update", "delete", "sudo"]],
        ),
      ),
      as(get("sys/plugins/catalog/secret/kv"), "nosudo"),
      as(get("sys/plugins/catalog/secret/kv"), "sudo"),
      as(list("sys/plugins/catalog/auth"), "nosudo"),
      as(list("sys/plugins/catalog/auth"), "sudo"),
      as(post(`sys/plugins/catalog/secret/${t.pre}-p`, { sha256: "00", command: "x" }), "nosudo"),
      as(del(`sys/plugins/catalog/secret/${t.pre}-p`), "nosudo"),
      as(del(`sys/plugins/catalog/secret/${t.pre}-p`), "sudo"),
      as(get("sys/auth/token/tune"), "nosudo"),
      as(get("sys/auth/token/tune"), "sudo"),
      as(post(`sys/auth/${t.pre}-a`, { type: "nope" }), "nosudo"),
      as(del(`sys/auth/${t.pre}-a`), "nosudo"),
      as(del(`sys/auth/${t.pre}-a`), "sudo"),
      as(get("sys/auth"), "sudo"),
      as(get("sys/plugins/catalog/kv"), "nosudo"),
      as(get("sys/plugins/catalog/kv"), "sudo"),
      as(post("sys/auth/token/tune", { description: "x" }), "nosudo"),
      as(post("sys/capabilities-self", { paths: ["sys/plugins/catalog/secret/kv", "sys/auth/x"] }), "nosudo"),
    ],
  },
  {
    id: "acl-create-vs-update",
    group: "access",
    title: "a write is update unless the path has an existence check: create alone does not register",
    steps: (t) => [
      ...tokenWith(
        t.pre,
        "creator",
        hcl(["sys/plugins/catalog/*", ["create", "sudo"]], ["sys/mounts/*", ["create"]]),
      ),
      ...tokenWith(
        t.pre,
        "updater",
        hcl(["sys/plugins/catalog/*", ["update", "sudo"]], ["sys/mounts/*", ["update"]]),
      ),
      as(post(`sys/plugins/catalog/secret/${t.pre}-p`, { sha256: "zz", command: "x" }), "creator"),
      as(post(`sys/plugins/catalog/secret/${t.pre}-p`, { sha256: "zz", command: "x" }), "updater"),
      as(post(`sys/mounts/${t.pre}-m`, { type: "kv" }), "creator"),
      as(post(`sys/mounts/${t.pre}-m`, { type: "kv" }), "updater"),
    ],
  },
  {
    id: "acl-not-root-protected",
    group: "access",
    title: "reload, mounts and their tune need no sudo (not root-protected), unlike sys/auth/*",
    steps: (t) => [
      ...tokenWith(
        t.pre,
        "operator",
        hcl(
          ["sys/plugins/reload/backend", ["update"]],
          ["sys/mounts/*", ["read", "update"]],
          ["sys/mounts", ["read"]],
        ),
      ),
      as(post("sys/plugins/reload/backend", { plugin: "kv" }), "operator"),
      as(get("sys/mounts/secret/tune"), "operator"),
      as(post("sys/mounts/secret/tune", { description: "tuned" }), "operator"),
      as(get("sys/mounts/secret/tune"), "operator"),
      post("sys/mounts/secret/tune", { description: "key/value secret storage" }),
    ],
  },
  {
    id: "acl-list-vs-get-catalog",
    group: "access",
    title: "LIST against GET on sys/plugins/catalog: list is its own capability; a LIST path ends in /",
    steps: (t) => [
      ...tokenWith(
        t.pre,
        "lister",
        hcl(["sys/plugins/catalog/secret", ["list", "sudo"]], ["sys/plugins/catalog", ["list"]]),
      ),
      ...tokenWith(
        t.pre,
        "reader",
        hcl(["sys/plugins/catalog/secret", ["read", "sudo"]], ["sys/plugins/catalog", ["read"]]),
      ),
      as(list("sys/plugins/catalog/secret"), "lister"),
      as(get("sys/plugins/catalog/secret?list=true"), "lister"),
      as(get("sys/plugins/catalog/secret"), "lister"),
      as(get("sys/plugins/catalog"), "lister"),
      as(list("sys/plugins/catalog/secret"), "reader"),
      as(get("sys/plugins/catalog/secret"), "reader"),
      as(get("sys/plugins/catalog"), "reader"),
    ],
  },
  {
    id: "token-create-fields",
    group: "access",
    title:
      "a token's fields: policies (comma string, default added), ttl, explicit_max_ttl, display_name, meta",
    steps: (t) => [
      {
        ...post("auth/token/create", {
          policies: `${t.pre}-a, ${t.pre}-B`,
          ttl: "1h",
          explicit_max_ttl: "2h",
          display_name: "CI job #1",
          meta: { team: "plugins" },
          num_uses: 0,
        }),
        save: { tok: "auth.client_token", tok_accessor: "auth.accessor" },
      },
      post("auth/token/lookup", { token: saved("tok") }),
      post("auth/token/lookup-accessor", { accessor: saved("tok_accessor") }),
      as(get("auth/token/lookup-self"), "tok"),
      post("auth/token/renew", { token: saved("tok"), increment: "30m" }),
      as(post("auth/token/renew-self", { increment: 60 }), "tok"),
      {
        ...post("auth/token/create", { policies: ["default"], ttl: "3h", explicit_max_ttl: "1h" }),
        save: { capped: "auth.client_token" },
      },
      post("auth/token/create-orphan", { ttl: 90, no_default_policy: true, policies: ["x1"] }),
    ],
  },
  {
    id: "token-create-refused",
    group: "access",
    title: "what a non-root parent may not create, and errors of lookup, renew and revoke",
    steps: (t) => [
      ...tokenWith(t.pre, "maker", hcl(["auth/token/create", ["update"]])),
      as(post("auth/token/create", { policies: ["root"] }), "maker"),
      as(post("auth/token/create", { policies: ["other"] }), "maker"),
      as(post("auth/token/create", { no_parent: true }), "maker"),
      as(post("auth/token/create", { period: "1h" }), "maker"),
      as(post("auth/token/create", { num_uses: -1 }), "maker"),
      as(post("auth/token/create-orphan", {}), "maker"),
      { ...as(post("auth/token/create", {}), "maker"), save: { child: "auth.client_token" } },
      {
        ...post("auth/token/create", { num_uses: 5, policies: [`${t.pre}-maker`] }),
        save: { limited: "auth.client_token" },
      },
      as(post("auth/token/create", {}), "limited"),
      post("auth/token/lookup", { token: "s.nope" }),
      post("auth/token/lookup-accessor", { accessor: "nope" }),
      post("auth/token/renew", { token: "s.nope" }),
      post("auth/token/renew-self", {}),
      post("auth/token/revoke", { token: "s.nope" }),
      post("auth/token/revoke-accessor", { accessor: "nope" }),
      as(post("auth/token/lookup", { token: saved("maker") }), "maker"),
    ],
  },
  {
    id: "token-num-uses",
    group: "access",
    title: "num_uses running out: each request is a use, allowed or denied; the last is answered",
    steps: () => [
      {
        ...post("auth/token/create", { policies: ["default"], num_uses: 3 }),
        save: { three: "auth.client_token" },
      },
      as(get("auth/token/lookup-self"), "three"),
      as(get("sys/plugins/catalog"), "three"),
      as(get("auth/token/lookup-self"), "three"),
      as(get("auth/token/lookup-self"), "three"),
      post("auth/token/lookup", { token: saved("three") }),
    ],
  },
  {
    id: "token-ttl-expiry",
    group: "access",
    title: "TTL expiry: a token past its TTL is a bad token, and its child with it",
    steps: (t) => [
      put(`sys/policies/acl/${t.pre}-maker`, { policy: hcl(["auth/token/create", ["update"]]) }),
      {
        ...post("auth/token/create", { policies: [`${t.pre}-maker`], ttl: "6s" }),
        save: { short: "auth.client_token" },
      },
      { ...as(post("auth/token/create", { ttl: "1h" }), "short"), save: { child: "auth.client_token" } },
      as(get("auth/token/lookup-self"), "child"),
      { ...as(get("auth/token/lookup-self"), "short"), until: { status: 403, attempts: 150, everyMs: 100 } },
      as(get("auth/token/lookup-self"), "child"),
      post("auth/token/lookup", { token: saved("child") }),
    ],
  },
  {
    id: "token-revoke-tree",
    group: "access",
    title: "revoking a parent revokes its children and theirs; an orphan it made stays",
    steps: (t) => [
      ...tokenWith(t.pre, "parent", hcl(["auth/token/create*", ["update"]])),
      { ...as(post("auth/token/create", {}), "parent"), save: { child: "auth.client_token" } },
      { ...as(post("auth/token/create", {}), "child"), save: { grandchild: "auth.client_token" } },
      { ...as(post("auth/token/create-orphan", {}), "parent"), save: { orphan: "auth.client_token" } },
      post("auth/token/lookup", { token: saved("orphan") }),
      post("auth/token/revoke", { token: saved("parent") }),
      as(get("auth/token/lookup-self"), "parent"),
      as(get("auth/token/lookup-self"), "child"),
      as(get("auth/token/lookup-self"), "grandchild"),
      as(get("auth/token/lookup-self"), "orphan"),
      post("auth/token/revoke-accessor", { accessor: "nope" }),
      as(post("auth/token/revoke-self", {}), "orphan"),
      post("auth/token/lookup", { token: saved("orphan") }),
    ],
  },
];
