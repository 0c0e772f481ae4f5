// This file is generated: do not edit it by hand.
// It holds the types (openapi-typescript) of openapi/openapi.yaml. Regenerate with: pnpm --filter @sysplugins/api generate
export interface paths {
    "/sys/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the server's health
         * @description Unauthenticated. Not wrapped in the envelope. Vault answers 200 when it is initialised, unsealed
         *     and active, and other statuses (429 standby, 472/473 replication secondaries, 501 not initialised,
         *     503 sealed) with the same body.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/seal-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the seal status
         * @description Unauthenticated and not wrapped in the envelope, as in Vault. The server has no seal: it always
         *     answers initialised and unsealed, with a one-of-one Shamir seal. `vault status`, `bao status` and
         *     tools that probe the server's version before they start (terraform-provider-vault) read this.
         */
        get: operations["seal-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/init": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the initialisation status
         * @description Unauthenticated and not wrapped in the envelope. Always initialised.
         */
        get: operations["read-initialization-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/leader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the high-availability status
         * @description Unauthenticated and not wrapped in the envelope. A single node (the embedded store) has no high
         *     availability, which Vault and OpenBao answer with `ha_enabled: false`. A node of a sysplugins
         *     cluster on PostgreSQL answers `ha_enabled: true` and `is_self: true` with its own API address as
         *     `leader_address`: every node is active and serves writes, so the node that answered leads.
         */
        get: operations["leader-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/ha-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the nodes of the cluster
         * @description The active node and the other nodes it has heard from, sorted by `api_address`, as
         *     `vault operator members` and `bao operator members` print them. Needs a token (no `sudo`); the
         *     envelope's `data` is also copied to the top level (Vault's injectDataIntoTopRoutes). A server without
         *     high availability still answers, with itself as the only node: so do Vault and OpenBao (`bao server
         *     -dev` 2.7.2 lists one active node although `sys/leader` says `ha_enabled: false`). In a sysplugins
         *     cluster every node serves, so the node that answers is the active one (`last_echo` null), as
         *     `sys/leader` says, and every other live node is listed with its last heartbeat as `last_echo`. A node
         *     that stopped leaves at once; one that stopped beating leaves after 5 s without a heartbeat (Vault
         *     forgets a standby after three missed 5 s echoes, 15 s). `sys/ha-status/` (a trailing slash) and
         *     `LIST` are unsupported paths (404); writes are unsupported operations (405).
         */
        get: operations["ha-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/lookup-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up the calling token
         * @description The server knows one token, the root token of a dev-mode server: it answers with that token's
         *     properties (policy `root`, no expiry). Any other token gets 403. `vault login`, `bao token lookup`
         *     and hvac's `is_authenticated()` read this.
         */
        get: operations["token-look-up-self"];
        put?: never;
        /**
         * Look up the calling token
         * @description The same as `GET`; any body is ignored.
         */
        post: operations["token-look-up-self2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/capabilities-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the calling token's capabilities on paths
         * @description The root token has `["root"]` on every path. `data` maps each path to its capabilities; with
         *     exactly one path it also holds `capabilities`. For legacy reasons Vault copies every key of `data`
         *     to the top level too. `PUT` is the same operation.
         */
        post: operations["query-token-self-capabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read another token's capabilities on paths
         * @description As `sys/capabilities-self`, for the token in the body. An unknown token answers 400 `invalid token`
         *     (go-multierror's words); no token at all, 500 `no token found` (a plain error in Vault's
         *     handleCapabilities). `PUT` is the same operation.
         */
        post: operations["query-token-capabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/capabilities-accessor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the capabilities of the token with an accessor
         * @description As `sys/capabilities`, by accessor (with one path, `data` holds `capabilities` too). An unknown
         *     accessor answers 400 `invalid accessor`.
         */
        post: operations["query-token-accessor-capabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a token, a child of the calling token
         * @description The new token's policies must be a subset of the caller's unless the caller has `sudo` on this
         *     path (or is root); `default` is added unless `no_default_policy`. `no_parent` (an orphan) and `id`
         *     need `sudo`; `root` needs a root parent. Without `ttl` the token lives for the system's default
         *     (768h), capped by `explicit_max_ttl`; a root token may be made without expiry. A policy that does
         *     not exist is a warning. The token is answered in `auth`, never stored in clear. `PUT` is the same.
         */
        post: operations["token-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/create-orphan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a token with no parent
         * @description As `auth/token/create`, but the token is an orphan; no `sudo` is needed for that.
         */
        post: operations["token-create-orphan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a token
         * @description The token in the body, or the calling token when none is given. An unknown token answers 403
         *     `bad token` (the bare message).
         */
        post: operations["token-look-up"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/lookup-accessor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a token by its accessor
         * @description As `lookup`, with `id` empty. An unknown accessor answers 400 `invalid accessor`.
         */
        post: operations["token-look-up-accessor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a token's lease
         * @description By `increment` (seconds or a duration), or by the token's last TTL again, capped by its effective
         *     max TTL from when it was issued. A token that never expires answers 400 `lease is not renewable`;
         *     an unknown one 400 `token not found`. `auth.num_uses` is the number it was created with.
         */
        post: operations["token-renew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/renew-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew the calling token's lease */
        post: operations["token-renew-self"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token and its descendants
         * @description An unknown token is not an error (204).
         */
        post: operations["token-revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/revoke-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the calling token and its descendants */
        post: operations["token-revoke-self"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/revoke-accessor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the token with an accessor, and its descendants
         * @description An unknown accessor answers 200 with the warning `No token found with this accessor`.
         */
        post: operations["token-revoke-accessor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/revoke-orphan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token alone; its children become orphans
         * @description Needs `sudo` on this path (or root); otherwise 400 `root or sudo privileges required to revoke and orphan`.
         */
        post: operations["token-revoke-orphan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/policies/acl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the ACL policies
         * @description `GET` with `?list=true` and `LIST` are the same. Names are sorted, `root` last.
         */
        get: operations["policies-list-acl-policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/policies/acl/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        /**
         * Read an ACL policy
         * @description `root` reads as an empty policy of version 0; a missing policy is 404 `{"errors":[]}`.
         */
        get: operations["policies-read-acl-policy"];
        put?: never;
        /**
         * Write an ACL policy
         * @description The name is stored in lower case. The text (HCL or JSON; base64 of either is decoded) must parse:
         *     otherwise 400 `failed to parse policy: …`. `root` cannot be written; `default` can. `PUT` is the
         *     same operation.
         */
        post: operations["policies-write-acl-policy"];
        /**
         * Delete an ACL policy
         * @description `root` and `default` cannot be deleted (400); a missing policy is not an error.
         */
        delete: operations["policies-delete-acl-policy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the ACL policies (legacy)
         * @description The names under both `keys` and `policies`, in `data` and copied to the top level (the legacy
         *     shape). `LIST` is the same operation.
         */
        get: operations["policy-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/policy/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        /**
         * Read an ACL policy (legacy)
         * @description As `sys/policies/acl/{name}`, with the text under `rules`, copied to the top level too.
         */
        get: operations["policy-read"];
        put?: never;
        /**
         * Write an ACL policy (legacy)
         * @description As `sys/policies/acl/{name}`; the text may also come as `rules`, which answers 200 with the warning
         *     `'rules' is deprecated, please use 'policy' instead`.
         */
        post: operations["policy-write"];
        /** Delete an ACL policy (legacy) */
        delete: operations["policy-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/internal/ui/mounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the mounts the calling token can see
         * @description With the root token, every secrets engine and auth method, as `sys/mounts` and `sys/auth` list them.
         *     Without a valid token, only mounts tuned with `listing_visibility: unauth` (none unless set).
         */
        get: operations["internal-ui-list-enabled-visible-mounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/internal/ui/mounts/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        /**
         * Read the mount a path belongs to
         * @description The mount whose path is the longest prefix of `path` (`auth/<path>` for auth methods), with its
         *     `path`. The CLIs call this before KV commands. No token, or no mount there, answers 403.
         */
        get: operations["internal-ui-read-mount-information"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/internal/specs/openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read this API's OpenAPI document
         * @description This contract, as JSON, not wrapped in the envelope, where Vault serves its own document. Without
         *     a valid token `paths` is empty, as in Vault.
         */
        get: operations["internal-generate-open-api-document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every plugin in the catalog
         * @description Names per type (sorted bytewise, de-duplicated across versions and builtins) and a `detailed`
         *     array with one entry per registered version, sorted by type, name and semantic version. An
         *     unversioned external plugin replaces the builtin of the same name. Does not need `sudo`.
         *     `LIST` on this path is not supported (405).
         */
        get: operations["plugins-catalog-list-plugins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/catalog/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
            };
            cookie?: never;
        };
        /**
         * List the plugin names of one type
         * @description `GET` with `?list=true` and Vault's `LIST` HTTP method are the same operation. Without a true
         *     `list` parameter this path has no read operation and answers 405. Names are sorted and unique,
         *     builtins included. An empty list would answer 404 `{"errors":[]}`, but every type has builtins.
         */
        get: operations["plugins-catalog-list-plugins-with-type"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/catalog/{type}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
                 *     are case-sensitive. They must not contain `..`.
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["CatalogName"];
            };
            cookie?: never;
        };
        /**
         * Read one catalog entry
         * @description Without `version`, reads the unversioned entry or the builtin. With `version` (canonicalised to
         *     `v<semver>`), reads that version; a builtin version string reads the builtin unless an unversioned
         *     external plugin shadows it. `sha256` is lowercase hex and `command` is relative to the plugin
         *     directory (Vault's published sample, base64 and absolute, is stale). `env` is never returned.
         *     A missing entry answers 404 with an empty `errors` array. A `{type}` that is not a plugin type
         *     matches no typed route: Vault reads `{type}/{name}` through its deprecated untyped endpoint,
         *     which answers 200 with `data: null` and a deprecation warning when nothing has that name.
         */
        get: operations["plugins-catalog-read-plugin-configuration-with-type"];
        /**
         * Register a plugin (PUT)
         * @description The same operation as `POST`.
         */
        put: operations["plugins-catalog-register-plugin-with-type-put"];
        /**
         * Register a plugin, or replace a registration
         * @description Upserts the entry for (type, name, version). `command` is resolved inside the plugin directory,
         *     symlinks followed; it must name a file directly in that directory. `sha256` is not checked
         *     against the binary here: Vault checks it each time the plugin is run (mount, reload).
         *     `PUT` is the same operation.
         */
        post: operations["plugins-catalog-register-plugin-with-type"];
        /**
         * Remove one catalog entry
         * @description Idempotent: removing an entry that does not exist also answers 204. A builtin version cannot be
         *     removed (400). Removing the version a pin names is refused with a plain error (500). A mounted
         *     plugin may be removed; running mounts keep running until their next reload.
         */
        delete: operations["plugins-catalog-remove-plugin-with-type"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pinned versions
         * @description Ordered by type, then name. An empty list is `[]`, not an error. `LIST` answers 405.
         */
        get: operations["plugins-catalog-pins-list-pinned-versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/pins/{type}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        /** Read a pin */
        get: operations["plugins-catalog-pins-read-pinned-version"];
        put?: never;
        /**
         * Pin a plugin to a version
         * @description The (type, name, version) must be registered; builtin versions and unversioned entries cannot be
         *     pinned. Overwrites an existing pin. Nothing restarts: mounts run the pinned version after their
         *     next reload. Answers 200 with `data: null` (not 204). `PUT` is the same operation.
         */
        post: operations["plugins-catalog-pins-create-pinned-version"];
        /**
         * Remove a pin
         * @description Idempotent. Answers 200 with `data: null`, also when there was no pin.
         */
        delete: operations["plugins-catalog-pins-remove-pinned-version"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/reload/backend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reload mounts by plugin name or by mount path
         * @description Exactly one of `plugin` and `mounts`. By plugin, every secrets and auth mount of that plugin
         *     restarts (builtins included); when none does, the answer is still 200 with the warning
         *     `no plugins were reloaded`. By mounts, a missing mount is a plain error (500). With
         *     `scope: global` the answer is 202. `reload_id` is the request's ID. `PUT` is the same operation.
         */
        post: operations["plugins-reload-backends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/reload/backend/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read what a reload did on each node
         * @description Enterprise-only in Vault: Community Edition answers 404 `{"errors":["enterprise-only feature"]}`,
         *     and OpenBao has no such route (404 `unsupported path`). An unknown `reload_id` answers 404.
         */
        get: operations["plugins-reload-backend-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/plugins/reload/{type}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plugin type; `unknown` means every type. */
                type: "auth" | "database" | "secret" | "unknown";
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reload every mount of one plugin, in every namespace
         * @description Vault 1.16 and later; absent in OpenBao. The way to make a new pin take effect. The same answers
         *     and warnings as `reload/backend` by plugin. `PUT` is the same operation.
         */
        post: operations["reload-plugins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/mounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secrets engines
         * @description `data` maps each mount path (with a trailing `/`) to its settings. For legacy reasons Vault also
         *     copies every key of `data` to the top level of the response body.
         */
        get: operations["mounts-list-secrets-engines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/mounts/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        /**
         * Read a secrets engine
         * @description Longest-prefix match: `sys/mounts/secret/foo` reads the `secret/` mount. When the configured and
         *     running versions differ the answer carries a warning. `data` is also copied to the top level.
         */
        get: operations["mounts-read-configuration"];
        put?: never;
        /**
         * Enable a secrets engine
         * @description The plugin version comes from `config.plugin_version`. Without one: the pinned version, else an
         *     unversioned external plugin, else the latest registered version, else the builtin. A version equal
         *     to the builtin's is stored as `""`.
         */
        post: operations["mounts-enable-secrets-engine"];
        /**
         * Disable a secrets engine
         * @description Disabling a path where nothing is mounted also answers 204.
         */
        delete: operations["mounts-disable-secrets-engine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/mounts/{path}/tune": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        /**
         * Read a secrets engine's tuning
         * @description When a pin overrides the configured version the answer carries a warning.
         */
        get: operations["mounts-read-tuning-information"];
        put?: never;
        /**
         * Tune a secrets engine
         * @description `plugin_version` changes only the configured version; the running version changes at the next
         *     reload. An empty `plugin_version` is refused (400), not a reset.
         */
        post: operations["mounts-tune-configuration-parameters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List auth methods
         * @description Like `GET /sys/mounts`, keyed by path under `auth/`, also copied to the top level.
         */
        get: operations["auth-list-enabled-methods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/auth/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        /**
         * Read an auth method
         * @description Exact match on the path. `data` is also copied to the top level.
         */
        get: operations["auth-read-configuration"];
        put?: never;
        /**
         * Enable an auth method
         * @description The same version selection as enabling a secrets engine.
         */
        post: operations["auth-enable-method"];
        /** Disable an auth method */
        delete: operations["auth-disable-method"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sys/auth/{path}/tune": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        /** Read an auth method's tuning */
        get: operations["auth-read-tuning-information"];
        put?: never;
        /** Tune an auth method */
        post: operations["auth-tune-configuration-parameters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{database_mount}/config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
            };
            cookie?: never;
        };
        /**
         * List the connections of a database mount
         * @description `GET` with `?list=true` and `LIST` are the same operation; without a true `list` the path answers 405.
         *     Names are sorted; no connection answers 404 `{"errors":[]}`.
         */
        get: operations["database-list-connections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{database_mount}/config/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        /**
         * Read a connection
         * @description Secrets (`password`, `private_key`, `service_account_json`) are left out and a password in
         *     `connection_url` reads `xxxxx`. `running_plugin_version` is what this node runs (the connection is
         *     started if it does not run yet); when `plugin_version` is set and differs, one warning says why.
         */
        get: operations["database-read-connection"];
        put?: never;
        /**
         * Create or update a connection
         * @description Starts the plugin (the binary's SHA-256 is checked) with the version chosen as Vault does: a pin
         *     wins and refuses an explicit `plugin_version` (400 `cannot specify plugin_version for plugin "<n>"
         *     as it is pinned (<v>)`); else the body's `plugin_version`, else the stored one, else on create the
         *     newest registered version. On update every omitted parameter keeps its value, and connection
         *     details given are merged over the stored ones; the connection restarts at once. A start that fails
         *     answers 400 `error creating database object: …` and nothing is stored. No warnings → 204.
         *     `PUT` is the same operation.
         */
        post: operations["database-configure-connection"];
        /**
         * Delete a connection
         * @description Also 204 when there is no such connection. The running connection stops.
         */
        delete: operations["database-delete-connection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{database_mount}/reset/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart one connection
         * @description Restarts the connection with the version it should run now (the pin, else its `plugin_version`).
         *     A missing connection or a start that fails is a plain error (500). `PUT` is the same operation.
         */
        post: operations["database-reset-connection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{database_mount}/reload/{plugin_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /** @description A database plugin name. */
                plugin_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart every connection of the mount that uses a plugin
         * @description Vault 1.16 and later; absent in OpenBao (404 `unsupported path`). Connections that fail to restart
         *     are left out of `connections`. `PUT` is the same operation.
         */
        post: operations["database-reload-plugin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        PluginType: "auth" | "database" | "secret";
        /**
         * @description A semantic version as go-version's NewSemver reads it (`1`, `1.0`, `v1.2.3`, `1.2.3-rc.1+meta`; a
         *     prerelease needs its `-`). Canonicalised to `v` + the version with three or more segments and no
         *     leading zeros (`01.2` reads `v1.2.0`). Build metadata with the identifier `builtin` is reserved.
         *     At most 1024 characters (longer ones are refused as malformed; Vault sets no bound). The pattern
         *     reads the same strings as go-version's, written so that a backtracking engine takes linear time.
         * @example v1.0.0
         */
        SemverInput: string;
        /**
         * @description A plugin type as the catalog lists it; `unknown` is a legacy untyped registration.
         * @enum {string}
         */
        CatalogEntryType: "auth" | "database" | "secret" | "unknown";
        /**
         * @description A SHA-256 digest as lowercase hex.
         * @example d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9
         */
        Sha256Hex: string;
        /** @enum {string} */
        DeprecationStatus: "supported" | "deprecated" | "pending removal" | "removed";
        /** @description Vault's response envelope. Each operation's response adds its own `data`. */
        Envelope: {
            /** @description The request's UUID. */
            request_id: string;
            lease_id: string;
            renewable: boolean;
            lease_duration: number;
            wrap_info: Record<string, never> | null;
            warnings: string[] | null;
            auth: Record<string, never> | null;
            /**
             * @description The type of the mount that answered (`system` for `sys/`). Vault only, 1.13 and later; OpenBao's
             *     envelopes have none.
             */
            mount_type?: string;
        };
        /** @description An envelope whose `data` is `null` (pin create and delete, or a write with warnings). */
        EmptyResponse: components["schemas"]["Envelope"] & {
            data: null;
        };
        ErrorResponse: {
            errors: string[];
        };
        Health: {
            initialized: boolean;
            sealed: boolean;
            standby: boolean;
            performance_standby?: boolean;
            replication_performance_mode?: string;
            replication_dr_mode?: string;
            /** @description Unix seconds. */
            server_time_utc: number;
            /** @description The server's version, e.g. `1.19.5`. */
            version: string;
            cluster_name?: string;
            cluster_id?: string;
            /**
             * @description Not in Vault's body: the sysplugins node that answered (`--node-id`); the nodes of a cluster on
             *     PostgreSQL share one `cluster_id`.
             */
            node_id?: string;
        };
        SealStatus: {
            /** @constant */
            type: "shamir";
            initialized: boolean;
            sealed: boolean;
            /** @description Key shares needed to unseal. */
            t: number;
            /** @description Key shares. */
            n: number;
            progress: number;
            nonce: string;
            /** @description The server's version, as `sys/health` reports it. */
            version: string;
            /** @description Vault's field; OpenBao names it `commit_date`. */
            build_date?: string;
            /** @description OpenBao's name for `build_date` (`bao server -dev` 2.7.2); not in Vault's answer. */
            commit_date?: string;
            migration: boolean;
            cluster_name?: string;
            cluster_id?: string;
            recovery_seal: boolean;
            storage_type: string;
        };
        InitStatus: {
            initialized: boolean;
        };
        Leader: {
            ha_enabled: boolean;
            is_self?: boolean;
            /** Format: date-time */
            active_time?: string;
            leader_address?: string;
            leader_cluster_address?: string;
            performance_standby?: boolean;
            performance_standby_last_remote_wal?: number;
        };
        HaStatus: {
            nodes: components["schemas"]["HaNode"][];
        };
        HaNode: {
            /** @description The host the node runs on (its operating system's host name). */
            hostname: string;
            /** @description Where clients reach the node (Vault's `api_addr`). */
            api_address: string;
            /**
             * @description Where the other nodes reach it (Vault's `cluster_addr`; `https://127.0.0.1:8201` for a dev server
             *     on 8200). Empty on sysplugins, whose nodes talk through the shared storage only.
             */
            cluster_address: string;
            /** @description True for the node that answered, false for the others. */
            active_node: boolean;
            /**
             * Format: date-time
             * @description When the node was last heard from; null for the active node.
             */
            last_echo: string | null;
            /** @description The product version the node runs (`1.20.0`, `2.7.2`). */
            version: string;
            /** @description Integrated storage (Raft) only, which sysplugins has not; absent otherwise. */
            upgrade_version?: string;
            /** @description Vault only, integrated storage only; absent otherwise. */
            redundancy_zone?: string;
        };
        /** @description The envelope, with `nodes` copied to the top level too. */
        HaStatusResponse: components["schemas"]["Envelope"] & components["schemas"]["HaStatus"] & {
            data: components["schemas"]["HaStatus"];
        };
        TokenInfo: {
            accessor: string;
            /** @description Unix seconds. */
            creation_time: number;
            creation_ttl: number;
            display_name: string;
            entity_id?: string;
            /**
             * Format: date-time
             * @description When the token expires; null for one that never does (a root token).
             */
            expire_time: string | null;
            explicit_max_ttl: number;
            /** @description The token itself, returned to its holder as Vault does. */
            id: string;
            /** Format: date-time */
            issue_time?: string;
            meta: Record<string, never> | null;
            num_uses: number;
            orphan: boolean;
            path: string;
            policies: string[];
            renewable: boolean;
            /** @description Seconds left. */
            ttl: number;
            /** @constant */
            type: "service";
            period?: number;
            /** Format: date-time */
            last_renewal?: string;
            last_renewal_time?: number;
        };
        TokenLookupResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["TokenInfo"];
        };
        /** @description One of `paths` or `path` (deprecated); each may be a comma-separated string. */
        CapabilitiesRequest: {
            paths?: string[];
            path?: string[];
        };
        /** @description Each path's capabilities; with exactly one path, `capabilities` too. */
        Capabilities: {
            [key: string]: string[];
        };
        /**
         * @description The envelope, with every key of `data` copied to the top level too (so the top level mixes the
         *     envelope's fields and the paths: only `data` is held to the Capabilities schema).
         */
        CapabilitiesResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["Capabilities"];
        };
        /** @description The token, and one of `paths` or `path` (each may be a comma-separated string). */
        CapabilitiesTokenRequest: {
            token?: string;
            paths?: string[];
            path?: string[];
        };
        CapabilitiesAccessorRequest: {
            accessor?: string;
            paths?: string[];
            path?: string[];
        };
        /** @description Unknown fields are ignored; `policies` may be a comma-separated string. */
        TokenCreateRequest: {
            policies?: string[];
            /** @description Seconds or a duration ("1h"). */
            ttl?: string | number;
            explicit_max_ttl?: string | number;
            period?: string | number;
            num_uses?: number;
            no_parent?: boolean;
            no_default_policy?: boolean;
            renewable?: boolean;
            display_name?: string;
            meta?: {
                [key: string]: string;
            };
            type?: string;
            id?: string;
        };
        TokenAuth: {
            client_token: string;
            accessor: string;
            policies: string[];
            token_policies: string[];
            metadata?: {
                [key: string]: string;
            } | null;
            lease_duration: number;
            renewable: boolean;
            entity_id?: string;
            token_type: string;
            orphan: boolean;
            mfa_requirement?: null;
            num_uses: number;
        };
        TokenAuthResponse: components["schemas"]["Envelope"] & {
            auth: components["schemas"]["TokenAuth"];
        };
        TokenRequest: {
            token?: string;
        };
        AccessorRequest: {
            accessor?: string;
        };
        RenewRequest: {
            token?: string;
            /** @description Seconds or a duration; 0 or absent renews by the token's last TTL. */
            increment?: string | number;
        };
        PolicyWriteRequest: {
            /** @description HCL or JSON, or base64 of either. */
            policy?: string;
        };
        LegacyPolicyWriteRequest: {
            policy?: string;
            /** @description Deprecated spelling of `policy`. */
            rules?: string;
        };
        PolicyInfo: {
            name: string;
            policy?: string;
            rules?: string;
            version: number;
            cas_required: boolean;
            allow_wildcards_in_identity_templates: boolean;
            allow_slashes_in_identity_templates: boolean;
            /** Format: date-time */
            modified?: string;
        };
        PolicyReadResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["PolicyInfo"];
        };
        /** @description The envelope, with every key of `data` copied to the top level too. */
        LegacyPolicyReadResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["PolicyInfo"];
        };
        /** @description The envelope, with `keys` and `policies` copied to the top level too. */
        LegacyPolicyListResponse: components["schemas"]["Envelope"] & {
            data: {
                keys: string[];
                policies: string[];
            };
        };
        InternalUiMountsResponse: components["schemas"]["Envelope"] & {
            data: {
                secret: {
                    [key: string]: components["schemas"]["MountInfo"];
                };
                auth: {
                    [key: string]: components["schemas"]["MountInfo"];
                };
            };
        };
        InternalUiMountResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["MountInfo"] & {
                /** @description The mount's path with its trailing `/` (without `auth/` for auth methods). */
                path: string;
            };
        };
        OpenApiDocument: {
            openapi: string;
            info: {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        CatalogListEntry: {
            type: components["schemas"]["CatalogEntryType"];
            name: string;
            /** @description `""` for an unversioned external plugin; `v<x>+builtin[.vault]` for a builtin. */
            version: string;
            builtin: boolean;
            sha256?: components["schemas"]["Sha256Hex"];
            deprecation_status?: components["schemas"]["DeprecationStatus"];
            oci_image?: string;
            runtime?: string;
        };
        CatalogList: {
            auth: string[];
            database: string[];
            secret: string[];
            /** @description Present only when legacy untyped entries exist. */
            unknown?: string[];
            detailed: components["schemas"]["CatalogListEntry"][];
        };
        CatalogListResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["CatalogList"];
        };
        Keys: {
            keys: string[];
        };
        KeysResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["Keys"];
        };
        PluginDetails: {
            name: string;
            /** @description `null` for builtins, `[]` for an external plugin registered without args. */
            args: string[] | null;
            /** @description Relative to the plugin directory; `""` for builtins. */
            command: string;
            /** @description Lowercase hex of any even length as registered; `""` for builtins. */
            sha256: string;
            builtin: boolean;
            version: string;
            deprecation_status?: components["schemas"]["DeprecationStatus"];
            /** @description Vault only. */
            oci_image?: string;
            /** @description Vault only. */
            runtime?: string;
            /** @description OpenBao only, always present there; the command lives in the OCI cache. */
            oci?: boolean;
            /** @description OpenBao only, always present there; registered by the server's `plugin` stanza. */
            declarative?: boolean;
        };
        CatalogReadResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["PluginDetails"];
        };
        /**
         * @description Checked in this order: `version` (semantic), `download` (Enterprise only), `sha256`/`sha_256`
         *     present, `command` or `oci_image` present, `command` split on spaces, `sha256` decodes as hex.
         */
        RegisterRequest: {
            version?: components["schemas"]["SemverInput"];
            /** @description Enterprise only; `true` is refused by Community Edition. */
            download?: boolean;
            /**
             * @description The SHA-256 of the binary as hex. Vault decodes any even-length hex; the binary is checked
             *     against it when the plugin runs. Use 64 lowercase hex characters.
             * @example d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9
             */
            sha256?: string;
            /** @description Legacy alias of `sha256`, used when `sha256` is empty. */
            sha_256?: string;
            /**
             * @description The binary, relative to the plugin directory, optionally followed by arguments separated by
             *     single spaces (then `args` must be empty).
             * @example my-secrets-plugin
             */
            command?: string;
            /** @description Vault only. A container image to run instead of a binary (Linux only). */
            oci_image?: string;
            /** @description OpenBao only. The command is in the plugin directory's OCI cache. */
            oci?: boolean;
            /** @description A registered plugin runtime, with `oci_image`. */
            runtime?: string;
            args?: string[];
            /** @description `KEY=value` strings passed to the plugin. Stored, never returned. */
            env?: string[];
        };
        PinRequest: {
            /**
             * @description A registered, non-builtin version of the plugin.
             * @example v1.0.1
             */
            version: components["schemas"]["SemverInput"];
        };
        Pin: {
            name: string;
            type: components["schemas"]["PluginType"];
            version: string;
        };
        PinReadResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["Pin"];
        };
        PinListResponse: components["schemas"]["Envelope"] & {
            data: {
                pinned_versions: components["schemas"]["Pin"][];
            };
        };
        /**
         * @description Omitted (or empty) for this node only; `global` for every node of the cluster (202).
         * @enum {string}
         */
        ReloadScope: "" | "global";
        ReloadBackendRequest: {
            scope?: components["schemas"]["ReloadScope"];
            /** @description Reload every mount of this plugin. */
            plugin?: string;
            /** @description Mount paths (`foo`, `foo/`, `auth/foo`). A comma-separated string is accepted too. */
            mounts?: string[];
        };
        ReloadPluginRequest: {
            scope?: components["schemas"]["ReloadScope"];
        };
        ReloadResponse: components["schemas"]["Envelope"] & {
            data: {
                reload_id: string;
            };
        };
        ReloadStatusResponse: components["schemas"]["Envelope"] & {
            data: {
                reload_id: string;
                /** @description Keyed by node ID. */
                results: {
                    [key: string]: {
                        /** Format: date-time */
                        timestamp: string;
                        /** @description `""` when the reload succeeded on that node. */
                        error: string;
                    };
                };
            };
        };
        MountConfig: {
            /** @description Seconds; `0` means the system default. */
            default_lease_ttl: number;
            max_lease_ttl: number;
            force_no_cache: boolean;
            audit_non_hmac_request_keys?: string[];
            audit_non_hmac_response_keys?: string[];
            listing_visibility?: string;
            passthrough_request_headers?: string[];
            allowed_response_headers?: string[];
            token_type?: string;
        };
        MountInfo: {
            type: string;
            description: string;
            accessor: string;
            local: boolean;
            seal_wrap: boolean;
            external_entropy_access: boolean;
            options: {
                [key: string]: string;
            } | null;
            uuid: string;
            /** @description The configured version; `""` for the builtin or an unversioned plugin. */
            plugin_version: string;
            /** @description The version running now; changes only when the mount starts or reloads. */
            running_plugin_version: string;
            /** @description Lowercase hex SHA-256 of the running binary; `""` for builtins. */
            running_sha256: string;
            config: components["schemas"]["MountConfig"];
            deprecation_status?: components["schemas"]["DeprecationStatus"];
        };
        /** @description `data` maps mount paths to mounts; the same keys are also at the top level. */
        MountListResponse: components["schemas"]["Envelope"] & {
            data: {
                [key: string]: components["schemas"]["MountInfo"];
            };
        };
        /** @description The mount, in `data` and, for legacy reasons, at the top level too. */
        MountReadResponse: components["schemas"]["Envelope"] & components["schemas"]["MountInfo"] & {
            data: components["schemas"]["MountInfo"];
        };
        MountConfigInput: {
            /** @description A duration (`768h`) or seconds. */
            default_lease_ttl?: string;
            max_lease_ttl?: string;
            force_no_cache?: boolean;
            /**
             * @description The version to mount. See the version selection rules on the operation.
             * @example v1.0.0
             */
            plugin_version?: string;
            /** @description With `type` `plugin` (legacy), the plugin to mount; wins over the top-level `plugin_name`. */
            plugin_name?: string;
            audit_non_hmac_request_keys?: string[];
            audit_non_hmac_response_keys?: string[];
            /** @enum {string} */
            listing_visibility?: "" | "unauth" | "hidden";
            passthrough_request_headers?: string[];
            allowed_response_headers?: string[];
            token_type?: string;
        };
        EnableRequest: {
            /** @description The plugin name (`kv`, `approle`, or a registered external plugin). */
            type: string;
            description?: string;
            config?: components["schemas"]["MountConfigInput"];
            options?: {
                [key: string]: string;
            };
            local?: boolean;
            seal_wrap?: boolean;
            external_entropy_access?: boolean;
            /** @description With `type` `plugin` (legacy), the plugin to mount. */
            plugin_name?: string;
            /**
             * @deprecated
             * @description Ignored by Vault and OpenBao: the version is read from `config.plugin_version` only. Some clients
             *     (hvac's keyword arguments, node-vault) send it here; it has no effect.
             */
            plugin_version?: string;
        };
        TuneRequest: {
            description?: string;
            default_lease_ttl?: string;
            max_lease_ttl?: string;
            /**
             * @description A registered version (or the current builtin version). `""` is refused.
             * @example v1.0.1
             */
            plugin_version?: string;
            override_pinned_version?: boolean;
            options?: {
                [key: string]: string;
            };
            audit_non_hmac_request_keys?: string[];
            audit_non_hmac_response_keys?: string[];
            listing_visibility?: string;
            passthrough_request_headers?: string[];
            allowed_response_headers?: string[];
            token_type?: string;
        };
        TuneInfo: {
            description: string;
            /** @description Effective value in seconds. */
            default_lease_ttl: number;
            max_lease_ttl: number;
            force_no_cache: boolean;
            external_entropy_access?: boolean;
            token_type?: string;
            options?: {
                [key: string]: string;
            } | null;
            /** @description Present only when a version is configured. */
            plugin_version?: string;
            listing_visibility?: string;
            audit_non_hmac_request_keys?: string[];
            audit_non_hmac_response_keys?: string[];
            passthrough_request_headers?: string[];
            allowed_response_headers?: string[];
        };
        TuneReadResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["TuneInfo"];
        };
        /**
         * @description The named fields below; every other key is a connection detail handed to the plugin (and the answer
         *     warns `Endpoint ignored these unrecognized parameters: [...]`, as Vault's framework does).
         */
        DatabaseConnectionRequest: {
            /** @description Required on create (400 `empty plugin name`). */
            plugin_name?: string;
            /** @description A version go-version reads leniently; canonicalised (`1.0.1` → `v1.0.1`). */
            plugin_version?: string;
            /** @description Whether the plugin connects to the database to verify the details. Default true. */
            verify_connection?: boolean;
            /** @description Role names; a comma-separated string is accepted too. */
            allowed_roles?: string[];
            root_rotation_statements?: string[];
            password_policy?: string;
        } & {
            [key: string]: unknown;
        };
        DatabaseConnection: {
            plugin_name: string;
            /** @description The configured version; `""` for a builtin or unversioned plugin. */
            plugin_version: string;
            /** @description What this node runs. Absent when the connection cannot start or runs no version. */
            running_plugin_version?: string;
            connection_details: {
                [key: string]: unknown;
            };
            allowed_roles: string[];
            root_credentials_rotate_statements: string[];
            password_policy: string;
            verify_connection: boolean;
        };
        DatabaseConnectionResponse: components["schemas"]["Envelope"] & {
            data: components["schemas"]["DatabaseConnection"];
        };
        DatabaseReloadResponse: components["schemas"]["Envelope"] & {
            data: {
                connections: string[];
                count: number;
            };
        };
    };
    responses: {
        /**
         * @description The request is invalid. Handler validation errors carry the bare message; a body that is not JSON
         *     answers `error parsing JSON`; an unparsable `list` answers with an empty `errors` array.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "version \"1.x\" is not a valid semantic version: Malformed version: 1.x"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is missing, unknown or lacks a capability. */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "1 error occurred:\n\t* permission denied\n\n"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing at that path. Reads of a missing item carry an empty `errors` array. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": []
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The route exists but does not support this operation. */
        UnsupportedOperation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "1 error occurred:\n\t* unsupported operation\n\n"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The path clashes with an existing mount (the same path, or one inside the other). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "path is already in use at my-secrets/"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is larger than the listener's `max_request_size` (32 MiB by default). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "http: request body too large"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A plain error from the handler or the plugin catalog, multierror-wrapped. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "1 error occurred:\n\t* cannot execute files outside of configured plugin directory\n\n"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not active (standby, not initialised, or sealed). The same body as 200. */
        HealthNotActive: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Health"];
            };
        };
    };
    parameters: {
        /**
         * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
         *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
         *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
         */
        PluginType: components["schemas"]["PluginType"];
        /**
         * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
         *     are case-sensitive. They must not contain `..`.
         * @example my-secrets-plugin
         */
        CatalogName: string;
        /**
         * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
         * @example my-secrets-plugin
         */
        GenericName: string;
        /**
         * @description A semantic version. Canonicalised to `v` + go-version's string form (`1.0` reads `v1.0.0`).
         * @example v1.0.0
         */
        Version: string;
        /** @description Any true value of Go's `strconv.ParseBool`. A value that does not parse answers 400. */
        List: "1" | "t" | "T" | "true" | "TRUE" | "True";
        /** @description A policy name; stored in lower case. */
        PolicyName: string;
        /**
         * @description The mount path, with or without a trailing `/`. May contain `/`.
         * @example my-secrets
         */
        MountPath: string;
        /**
         * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
         *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
         * @example database
         */
        DatabaseMount: string;
        /**
         * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
         * @example my-db
         */
        ConnectionName: string;
    };
    requestBodies: {
        Register: {
            content: {
                /**
                 * @example {
                 *       "sha256": "d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9",
                 *       "command": "my-secrets-plugin",
                 *       "version": "v1.0.0",
                 *       "args": [
                 *         "--log-level=info"
                 *       ],
                 *       "env": [
                 *         "PLUGIN_MODE=production"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        Enable: {
            content: {
                /**
                 * @example {
                 *       "type": "my-secrets-plugin",
                 *       "description": "Secrets from my plugin",
                 *       "config": {
                 *         "plugin_version": "v1.0.0"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnableRequest"];
            };
        };
        Tune: {
            content: {
                /**
                 * @example {
                 *       "plugin_version": "v1.0.1"
                 *     }
                 */
                "application/json": components["schemas"]["TuneRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Initialised, unsealed and active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["HealthNotActive"];
            501: components["responses"]["HealthNotActive"];
            503: components["responses"]["HealthNotActive"];
        };
    };
    "seal-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Initialised and unsealed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealStatus"];
                };
            };
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "read-initialization-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Initialised. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitStatus"];
                };
            };
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "leader-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node's high-availability status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leader"];
                };
            };
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "ha-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HaStatusResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "token-look-up-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The root token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenLookupResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "token-look-up-self2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The root token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenLookupResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "query-token-self-capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paths": [
                 *         "sys/plugins/catalog"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CapabilitiesRequest"];
            };
        };
        responses: {
            /** @description Capabilities per path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilitiesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "query-token-capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapabilitiesTokenRequest"];
            };
        };
        responses: {
            /** @description Capabilities per path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilitiesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "query-token-accessor-capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapabilitiesAccessorRequest"];
            };
        };
        responses: {
            /** @description Capabilities per path. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilitiesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenCreateRequest"];
            };
        };
        responses: {
            /** @description The new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-create-orphan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenCreateRequest"];
            };
        };
        responses: {
            /** @description The new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-look-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token's properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenLookupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-look-up-accessor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AccessorRequest"];
            };
        };
        responses: {
            /** @description The token's properties, without the token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenLookupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description The renewed lease. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-renew-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RenewRequest"];
            };
        };
        responses: {
            /** @description The renewed lease. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenAuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-revoke-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "token-revoke-accessor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AccessorRequest"];
            };
        };
        responses: {
            /** @description Nothing was revoked (a warning says why). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "token-revoke-orphan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "policies-list-acl-policies": {
        parameters: {
            query: {
                /** @description Any true value of Go's `strconv.ParseBool`. A value that does not parse answers 400. */
                list: components["parameters"]["List"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeysResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "policies-read-acl-policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReadResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
        };
    };
    "policies-write-acl-policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyWriteRequest"];
            };
        };
        responses: {
            /** @description Written. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "policies-delete-acl-policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "policy-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyPolicyListResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "policy-read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyPolicyReadResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
        };
    };
    "policy-write": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegacyPolicyWriteRequest"];
            };
        };
        responses: {
            /** @description Written, with a warning. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Written. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "policy-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A policy name; stored in lower case. */
                name: components["parameters"]["PolicyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "internal-ui-list-enabled-visible-mounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visible mounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalUiMountsResponse"];
                };
            };
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "internal-ui-read-mount-information": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mount. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalUiMountResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "internal-generate-open-api-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "plugins-catalog-list-plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogListResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "plugins-catalog-list-plugins-with-type": {
        parameters: {
            query: {
                /** @description Any true value of Go's `strconv.ParseBool`. A value that does not parse answers 400. */
                list: components["parameters"]["List"];
            };
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeysResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "plugins-catalog-read-plugin-configuration-with-type": {
        parameters: {
            query?: {
                /**
                 * @description A semantic version. Canonicalised to `v` + go-version's string form (`1.0` reads `v1.0.0`).
                 * @example v1.0.0
                 */
                version?: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
                 *     are case-sensitive. They must not contain `..`.
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["CatalogName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogReadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
        };
    };
    "plugins-catalog-register-plugin-with-type-put": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
                 *     are case-sensitive. They must not contain `..`.
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["CatalogName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Register"];
        responses: {
            /** @description Registered, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Registered. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "plugins-catalog-register-plugin-with-type": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
                 *     are case-sensitive. They must not contain `..`.
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["CatalogName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Register"];
        responses: {
            /** @description Registered, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Registered. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "plugins-catalog-remove-plugin-with-type": {
        parameters: {
            query?: {
                /**
                 * @description A semantic version. Canonicalised to `v` + go-version's string form (`1.0` reads `v1.0.0`).
                 * @example v1.0.0
                 */
                version?: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and
                 *     are case-sensitive. They must not contain `..`.
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["CatalogName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, or there was nothing to remove. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            500: components["responses"]["InternalError"];
        };
    };
    "plugins-catalog-pins-list-pinned-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PinListResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            405: components["responses"]["UnsupportedOperation"];
        };
    };
    "plugins-catalog-pins-read-pinned-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PinReadResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            /** @description No pin. The message is multierror-wrapped. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "1 error occurred:\n\t* no pinned version for this plugin\n\n"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "plugins-catalog-pins-create-pinned-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinRequest"];
            };
        };
        responses: {
            /** @description Pinned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            /** @description `{type}` is not a plugin type: no route matches (`unsupported path`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "plugins-catalog-pins-remove-pinned-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The plugin type. Lower case only. Vault routes by these three: another value matches no typed
                 *     route, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's
                 *     deprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).
                 */
                type: components["parameters"]["PluginType"];
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
            /** @description `{type}` is not a plugin type: no route matches (`unsupported path`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "plugins-reload-backends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReloadBackendRequest"];
            };
        };
        responses: {
            /** @description Reloaded on this node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReloadResponse"];
                };
            };
            /** @description Accepted for every node of the cluster (`scope: global`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReloadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "plugins-reload-backend-status": {
        parameters: {
            query: {
                /** @description The `reload_id` a reload answered with. */
                reload_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reload's result per node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReloadStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
        };
    };
    "reload-plugins": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plugin type; `unknown` means every type. */
                type: "auth" | "database" | "secret" | "unknown";
                /**
                 * @description A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-secrets-plugin
                 */
                name: components["parameters"]["GenericName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReloadPluginRequest"];
            };
        };
        responses: {
            /** @description Reloaded on this node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReloadResponse"];
                };
            };
            /** @description Accepted for every node of the cluster (`scope: global`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReloadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            /** @description `{type}` is not a plugin type: no route matches (`unsupported path`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "mounts-list-secrets-engines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MountListResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "mounts-read-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mount. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MountReadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "mounts-enable-secrets-engine": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Enable"];
        responses: {
            /** @description Enabled, with warnings (a deprecated builtin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Enabled. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "mounts-disable-secrets-engine": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "mounts-read-tuning-information": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tuning. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TuneReadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "mounts-tune-configuration-parameters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Tune"];
        responses: {
            /** @description Tuned, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Tuned. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "auth-list-enabled-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auth methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MountListResponse"];
                };
            };
            403: components["responses"]["PermissionDenied"];
        };
    };
    "auth-read-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auth method. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MountReadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "auth-enable-method": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Enable"];
        responses: {
            /** @description Enabled, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Enabled. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "auth-disable-method": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "auth-read-tuning-information": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tuning. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TuneReadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
        };
    };
    "auth-tune-configuration-parameters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The mount path, with or without a trailing `/`. May contain `/`.
                 * @example my-secrets
                 */
                path: components["parameters"]["MountPath"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Tune"];
        responses: {
            /** @description Tuned, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Tuned. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    "database-list-connections": {
        parameters: {
            query: {
                /** @description Any true value of Go's `strconv.ParseBool`. A value that does not parse answers 400. */
                list: components["parameters"]["List"];
            };
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeysResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["UnsupportedOperation"];
            500: components["responses"]["InternalError"];
        };
    };
    "database-read-connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "database-configure-connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseConnectionRequest"];
            };
        };
        responses: {
            /** @description Stored and started, with warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            /** @description Stored and started. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "database-delete-connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "database-reset-connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /**
                 * @description A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).
                 * @example my-db
                 */
                name: components["parameters"]["ConnectionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restarted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    "database-reload-plugin": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,
                 *     or under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.
                 * @example database
                 */
                database_mount: components["parameters"]["DatabaseMount"];
                /** @description A database plugin name. */
                plugin_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseReloadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
}
