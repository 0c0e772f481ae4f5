// This file is generated: do not edit it by hand.
// It holds the contract, as data of openapi/openapi.yaml. Regenerate with: pnpm --filter @sysplugins/api generate
import type { OpenApiDocument } from "../openapi-document.js";

export const contract: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Vault plugin-management API",
    "version": "1.0.0",
    "summary": "The plugin catalog, pins, reload and mount tuning of HashiCorp Vault, as the server really behaves.",
    "description": "The `/v1/sys/plugins/...`, `/v1/sys/mounts...`, `/v1/sys/auth...` and `/v1/sys/health` endpoints of\nHashiCorp Vault (Community Edition 1.16 and later), described from Vault's source rather than from its\npublished OpenAPI document. Where they differ, this document follows the server:\n\n- Every JSON response is wrapped in Vault's envelope (`request_id`, `lease_id`, `renewable`,\n  `lease_duration`, `data`, `wrap_info`, `warnings`, `auth`, `mount_type`).\n- A handler that returns nothing answers **204 with an empty body** (register, catalog delete, enable,\n  disable, tune). Any warning turns such a 204 into a 200 with the envelope.\n- Errors are `{\"errors\": [\"...\"]}` with `Content-Type: application/json` and no charset. Errors raised as\n  plain Go errors (most 500s, and coded errors such as a missing pin) are wrapped by go-multierror:\n  `1 error occurred:\\n\\t* <message>\\n\\n`. Handler-level validation errors (400) carry the bare message.\n- Request bodies are parsed as JSON whatever their Content-Type, fields are weakly typed (`\"true\"` is a\n  boolean, a string is a one-element array), JSON `null` means \"absent\", and unknown fields are ignored.\n- Vault's `LIST` HTTP method is the same operation as `GET` with `?list=true`; `list` accepts every\n  spelling of Go's `strconv.ParseBool` (`1`, `t`, `T`, `true`, `TRUE`, `True`).\n- The extension `x-vault-errors` on a schema gives, per JSON Schema keyword, the exact text Vault answers\n  with when a request breaks that constraint; `x-openbao-errors` gives OpenBao 2.7's text where it\n  differs. `x-vault-sudo` marks operations that need the `sudo` capability in addition to the path's\n  own capability.\n- One document for both products: fields, routes and answers that exist in only one say so in their\n  description (\"Vault only\", \"OpenBao only\"), as checked against `bao server -dev` 2.7.2\n  (docs/FIDELITY.md).\n",
    "license": {
      "name": "MPL-2.0",
      "identifier": "MPL-2.0"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8200/v1",
      "description": "A local server (Vault dev mode, or `sysplugins-server`)."
    }
  ],
  "security": [
    {
      "vaultToken": []
    },
    {
      "bearerToken": []
    }
  ],
  "tags": [
    {
      "name": "catalog",
      "description": "The plugin catalog (`/sys/plugins/catalog`)."
    },
    {
      "name": "pins",
      "description": "Pinned plugin versions (`/sys/plugins/pins`), Vault 1.16 and later; absent in OpenBao."
    },
    {
      "name": "reload",
      "description": "Reloading plugin backends (`/sys/plugins/reload`)."
    },
    {
      "name": "mounts",
      "description": "Secrets engines (`/sys/mounts`)."
    },
    {
      "name": "auth",
      "description": "Auth methods (`/sys/auth`)."
    },
    {
      "name": "health",
      "description": "Server health (`/sys/health`)."
    },
    {
      "name": "dev",
      "description": "What a dev-mode server with one root token answers, so that real clients and CLIs get past their\nstart-up checks: seal and HA status, token lookup, capabilities, the UI's mount listing, this document.\n"
    },
    {
      "name": "access",
      "description": "Tokens (`/auth/token/...`), ACL policies (`/sys/policies/acl`, legacy `/sys/policy`) and\ncapabilities: what a token may do, checked on every request.\n"
    },
    {
      "name": "database",
      "description": "Connections of the database secrets engine (a mount of type `database`), as far as plugin lifecycle\ngoes: which plugin and version each connection runs. Roles and credentials are not served here.\n"
    }
  ],
  "paths": {
    "/sys/health": {
      "get": {
        "operationId": "health",
        "tags": [
          "health"
        ],
        "summary": "Read the server's health",
        "description": "Unauthenticated. Not wrapped in the envelope. Vault answers 200 when it is initialised, unsealed\nand active, and other statuses (429 standby, 472/473 replication secondaries, 501 not initialised,\n503 sealed) with the same body.\n",
        "security": [],
        "responses": {
          "200": {
            "description": "Initialised, unsealed and active.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/HealthNotActive"
          },
          "501": {
            "$ref": "#/components/responses/HealthNotActive"
          },
          "503": {
            "$ref": "#/components/responses/HealthNotActive"
          }
        }
      }
    },
    "/sys/seal-status": {
      "get": {
        "operationId": "seal-status",
        "tags": [
          "dev"
        ],
        "summary": "Read the seal status",
        "description": "Unauthenticated and not wrapped in the envelope, as in Vault. The server has no seal: it always\nanswers initialised and unsealed, with a one-of-one Shamir seal. `vault status`, `bao status` and\ntools that probe the server's version before they start (terraform-provider-vault) read this.\n",
        "security": [],
        "responses": {
          "200": {
            "description": "Initialised and unsealed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SealStatus"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/init": {
      "get": {
        "operationId": "read-initialization-status",
        "tags": [
          "dev"
        ],
        "summary": "Read the initialisation status",
        "description": "Unauthenticated and not wrapped in the envelope. Always initialised.",
        "security": [],
        "responses": {
          "200": {
            "description": "Initialised.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InitStatus"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/leader": {
      "get": {
        "operationId": "leader-status",
        "tags": [
          "dev"
        ],
        "summary": "Read the high-availability status",
        "description": "Unauthenticated and not wrapped in the envelope. A single node (the embedded store) has no high\navailability, which Vault and OpenBao answer with `ha_enabled: false`. A node of a sysplugins\ncluster on PostgreSQL answers `ha_enabled: true` and `is_self: true` with its own API address as\n`leader_address`: every node is active and serves writes, so the node that answered leads.\n",
        "security": [],
        "responses": {
          "200": {
            "description": "The node's high-availability status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Leader"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/ha-status": {
      "get": {
        "operationId": "ha-status",
        "tags": [
          "dev"
        ],
        "summary": "List the nodes of the cluster",
        "description": "The active node and the other nodes it has heard from, sorted by `api_address`, as\n`vault operator members` and `bao operator members` print them. Needs a token (no `sudo`); the\nenvelope's `data` is also copied to the top level (Vault's injectDataIntoTopRoutes). A server without\nhigh availability still answers, with itself as the only node: so do Vault and OpenBao (`bao server\n-dev` 2.7.2 lists one active node although `sys/leader` says `ha_enabled: false`). In a sysplugins\ncluster every node serves, so the node that answers is the active one (`last_echo` null), as\n`sys/leader` says, and every other live node is listed with its last heartbeat as `last_echo`. A node\nthat stopped leaves at once; one that stopped beating leaves after 5 s without a heartbeat (Vault\nforgets a standby after three missed 5 s echoes, 15 s). `sys/ha-status/` (a trailing slash) and\n`LIST` are unsupported paths (404); writes are unsupported operations (405).\n",
        "responses": {
          "200": {
            "description": "The nodes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HaStatusResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/auth/token/lookup-self": {
      "get": {
        "operationId": "token-look-up-self",
        "tags": [
          "dev"
        ],
        "summary": "Look up the calling token",
        "description": "The server knows one token, the root token of a dev-mode server: it answers with that token's\nproperties (policy `root`, no expiry). Any other token gets 403. `vault login`, `bao token lookup`\nand hvac's `is_authenticated()` read this.\n",
        "responses": {
          "200": {
            "description": "The root token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenLookupResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      },
      "post": {
        "operationId": "token-look-up-self2",
        "tags": [
          "dev"
        ],
        "summary": "Look up the calling token",
        "description": "The same as `GET`; any body is ignored.",
        "responses": {
          "200": {
            "description": "The root token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenLookupResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/capabilities-self": {
      "post": {
        "operationId": "query-token-self-capabilities",
        "tags": [
          "dev"
        ],
        "summary": "Read the calling token's capabilities on paths",
        "description": "The root token has `[\"root\"]` on every path. `data` maps each path to its capabilities; with\nexactly one path it also holds `capabilities`. For legacy reasons Vault copies every key of `data`\nto the top level too. `PUT` is the same operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CapabilitiesRequest"
              },
              "example": {
                "paths": [
                  "sys/plugins/catalog"
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Capabilities per path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CapabilitiesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/sys/capabilities": {
      "post": {
        "operationId": "query-token-capabilities",
        "tags": [
          "access"
        ],
        "summary": "Read another token's capabilities on paths",
        "description": "As `sys/capabilities-self`, for the token in the body. An unknown token answers 400 `invalid token`\n(go-multierror's words); no token at all, 500 `no token found` (a plain error in Vault's\nhandleCapabilities). `PUT` is the same operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CapabilitiesTokenRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Capabilities per path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CapabilitiesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/sys/capabilities-accessor": {
      "post": {
        "operationId": "query-token-accessor-capabilities",
        "tags": [
          "access"
        ],
        "summary": "Read the capabilities of the token with an accessor",
        "description": "As `sys/capabilities`, by accessor (with one path, `data` holds `capabilities` too). An unknown\naccessor answers 400 `invalid accessor`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CapabilitiesAccessorRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Capabilities per path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CapabilitiesResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/create": {
      "post": {
        "operationId": "token-create",
        "tags": [
          "access"
        ],
        "summary": "Create a token, a child of the calling token",
        "description": "The new token's policies must be a subset of the caller's unless the caller has `sudo` on this\npath (or is root); `default` is added unless `no_default_policy`. `no_parent` (an orphan) and `id`\nneed `sudo`; `root` needs a root parent. Without `ttl` the token lives for the system's default\n(768h), capped by `explicit_max_ttl`; a root token may be made without expiry. A policy that does\nnot exist is a warning. The token is answered in `auth`, never stored in clear. `PUT` is the same.\n",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenCreateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenAuthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/create-orphan": {
      "post": {
        "operationId": "token-create-orphan",
        "tags": [
          "access"
        ],
        "summary": "Create a token with no parent",
        "description": "As `auth/token/create`, but the token is an orphan; no `sudo` is needed for that.",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenCreateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenAuthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/lookup": {
      "post": {
        "operationId": "token-look-up",
        "tags": [
          "access"
        ],
        "summary": "Look up a token",
        "description": "The token in the body, or the calling token when none is given. An unknown token answers 403\n`bad token` (the bare message).\n",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token's properties.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenLookupResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/lookup-accessor": {
      "post": {
        "operationId": "token-look-up-accessor",
        "tags": [
          "access"
        ],
        "summary": "Look up a token by its accessor",
        "description": "As `lookup`, with `id` empty. An unknown accessor answers 400 `invalid accessor`.",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccessorRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token's properties, without the token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenLookupResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/renew": {
      "post": {
        "operationId": "token-renew",
        "tags": [
          "access"
        ],
        "summary": "Renew a token's lease",
        "description": "By `increment` (seconds or a duration), or by the token's last TTL again, capped by its effective\nmax TTL from when it was issued. A token that never expires answers 400 `lease is not renewable`;\nan unknown one 400 `token not found`. `auth.num_uses` is the number it was created with.\n",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RenewRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The renewed lease.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenAuthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/renew-self": {
      "post": {
        "operationId": "token-renew-self",
        "tags": [
          "access"
        ],
        "summary": "Renew the calling token's lease",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RenewRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The renewed lease.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenAuthResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/revoke": {
      "post": {
        "operationId": "token-revoke",
        "tags": [
          "access"
        ],
        "summary": "Revoke a token and its descendants",
        "description": "An unknown token is not an error (204).",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/revoke-self": {
      "post": {
        "operationId": "token-revoke-self",
        "tags": [
          "access"
        ],
        "summary": "Revoke the calling token and its descendants",
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/auth/token/revoke-accessor": {
      "post": {
        "operationId": "token-revoke-accessor",
        "tags": [
          "access"
        ],
        "summary": "Revoke the token with an accessor, and its descendants",
        "description": "An unknown accessor answers 200 with the warning `No token found with this accessor`.",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccessorRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Nothing was revoked (a warning says why).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth/token/revoke-orphan": {
      "post": {
        "operationId": "token-revoke-orphan",
        "tags": [
          "access"
        ],
        "summary": "Revoke a token alone; its children become orphans",
        "description": "Needs `sudo` on this path (or root); otherwise 400 `root or sudo privileges required to revoke and orphan`.",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/sys/policies/acl": {
      "get": {
        "operationId": "policies-list-acl-policies",
        "tags": [
          "access"
        ],
        "summary": "List the ACL policies",
        "description": "`GET` with `?list=true` and `LIST` are the same. Names are sorted, `root` last.",
        "parameters": [
          {
            "$ref": "#/components/parameters/List"
          }
        ],
        "responses": {
          "200": {
            "description": "The names.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeysResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/policies/acl/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PolicyName"
        }
      ],
      "get": {
        "operationId": "policies-read-acl-policy",
        "tags": [
          "access"
        ],
        "summary": "Read an ACL policy",
        "description": "`root` reads as an empty policy of version 0; a missing policy is 404 `{\"errors\":[]}`.",
        "responses": {
          "200": {
            "description": "The policy.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PolicyReadResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "policies-write-acl-policy",
        "tags": [
          "access"
        ],
        "summary": "Write an ACL policy",
        "description": "The name is stored in lower case. The text (HCL or JSON; base64 of either is decoded) must parse:\notherwise 400 `failed to parse policy: …`. `root` cannot be written; `default` can. `PUT` is the\nsame operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PolicyWriteRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Written."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "policies-delete-acl-policy",
        "tags": [
          "access"
        ],
        "summary": "Delete an ACL policy",
        "description": "`root` and `default` cannot be deleted (400); a missing policy is not an error.",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/policy": {
      "get": {
        "operationId": "policy-list",
        "tags": [
          "access"
        ],
        "summary": "List the ACL policies (legacy)",
        "description": "The names under both `keys` and `policies`, in `data` and copied to the top level (the legacy\nshape). `LIST` is the same operation.\n",
        "responses": {
          "200": {
            "description": "The names.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LegacyPolicyListResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/policy/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PolicyName"
        }
      ],
      "get": {
        "operationId": "policy-read",
        "tags": [
          "access"
        ],
        "summary": "Read an ACL policy (legacy)",
        "description": "As `sys/policies/acl/{name}`, with the text under `rules`, copied to the top level too.",
        "responses": {
          "200": {
            "description": "The policy.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LegacyPolicyReadResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "policy-write",
        "tags": [
          "access"
        ],
        "summary": "Write an ACL policy (legacy)",
        "description": "As `sys/policies/acl/{name}`; the text may also come as `rules`, which answers 200 with the warning\n`'rules' is deprecated, please use 'policy' instead`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LegacyPolicyWriteRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Written, with a warning.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Written."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "policy-delete",
        "tags": [
          "access"
        ],
        "summary": "Delete an ACL policy (legacy)",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/internal/ui/mounts": {
      "get": {
        "operationId": "internal-ui-list-enabled-visible-mounts",
        "tags": [
          "dev"
        ],
        "summary": "List the mounts the calling token can see",
        "description": "With the root token, every secrets engine and auth method, as `sys/mounts` and `sys/auth` list them.\nWithout a valid token, only mounts tuned with `listing_visibility: unauth` (none unless set).\n",
        "security": [
          {},
          {
            "vaultToken": []
          },
          {
            "bearerToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The visible mounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InternalUiMountsResponse"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/internal/ui/mounts/{path}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MountPath"
        }
      ],
      "get": {
        "operationId": "internal-ui-read-mount-information",
        "tags": [
          "dev"
        ],
        "summary": "Read the mount a path belongs to",
        "description": "The mount whose path is the longest prefix of `path` (`auth/<path>` for auth methods), with its\n`path`. The CLIs call this before KV commands. No token, or no mount there, answers 403.\n",
        "responses": {
          "200": {
            "description": "The mount.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InternalUiMountResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/internal/specs/openapi": {
      "get": {
        "operationId": "internal-generate-open-api-document",
        "tags": [
          "dev"
        ],
        "summary": "Read this API's OpenAPI document",
        "description": "This contract, as JSON, not wrapped in the envelope, where Vault serves its own document. Without\na valid token `paths` is empty, as in Vault.\n",
        "security": [
          {},
          {
            "vaultToken": []
          },
          {
            "bearerToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The OpenAPI document.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OpenApiDocument"
                }
              }
            }
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/plugins/catalog": {
      "get": {
        "operationId": "plugins-catalog-list-plugins",
        "tags": [
          "catalog"
        ],
        "summary": "List every plugin in the catalog",
        "description": "Names per type (sorted bytewise, de-duplicated across versions and builtins) and a `detailed`\narray with one entry per registered version, sorted by type, name and semantic version. An\nunversioned external plugin replaces the builtin of the same name. Does not need `sudo`.\n`LIST` on this path is not supported (405).\n",
        "responses": {
          "200": {
            "description": "The catalog.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CatalogListResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/plugins/catalog/{type}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PluginType"
        }
      ],
      "get": {
        "operationId": "plugins-catalog-list-plugins-with-type",
        "tags": [
          "catalog"
        ],
        "summary": "List the plugin names of one type",
        "description": "`GET` with `?list=true` and Vault's `LIST` HTTP method are the same operation. Without a true\n`list` parameter this path has no read operation and answers 405. Names are sorted and unique,\nbuiltins included. An empty list would answer 404 `{\"errors\":[]}`, but every type has builtins.\n",
        "x-vault-sudo": true,
        "parameters": [
          {
            "$ref": "#/components/parameters/List"
          }
        ],
        "responses": {
          "200": {
            "description": "The names.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeysResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/plugins/catalog/{type}/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PluginType"
        },
        {
          "$ref": "#/components/parameters/CatalogName"
        }
      ],
      "get": {
        "operationId": "plugins-catalog-read-plugin-configuration-with-type",
        "tags": [
          "catalog"
        ],
        "summary": "Read one catalog entry",
        "description": "Without `version`, reads the unversioned entry or the builtin. With `version` (canonicalised to\n`v<semver>`), reads that version; a builtin version string reads the builtin unless an unversioned\nexternal plugin shadows it. `sha256` is lowercase hex and `command` is relative to the plugin\ndirectory (Vault's published sample, base64 and absolute, is stale). `env` is never returned.\nA missing entry answers 404 with an empty `errors` array. A `{type}` that is not a plugin type\nmatches no typed route: Vault reads `{type}/{name}` through its deprecated untyped endpoint,\nwhich answers 200 with `data: null` and a deprecation warning when nothing has that name.\n",
        "x-vault-sudo": true,
        "parameters": [
          {
            "$ref": "#/components/parameters/Version"
          }
        ],
        "responses": {
          "200": {
            "description": "The entry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CatalogReadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "plugins-catalog-register-plugin-with-type",
        "tags": [
          "catalog"
        ],
        "summary": "Register a plugin, or replace a registration",
        "description": "Upserts the entry for (type, name, version). `command` is resolved inside the plugin directory,\nsymlinks followed; it must name a file directly in that directory. `sha256` is not checked\nagainst the binary here: Vault checks it each time the plugin is run (mount, reload).\n`PUT` is the same operation.\n",
        "x-vault-sudo": true,
        "requestBody": {
          "$ref": "#/components/requestBodies/Register"
        },
        "responses": {
          "200": {
            "description": "Registered, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Registered. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "put": {
        "operationId": "plugins-catalog-register-plugin-with-type-put",
        "tags": [
          "catalog"
        ],
        "summary": "Register a plugin (PUT)",
        "description": "The same operation as `POST`.",
        "x-vault-sudo": true,
        "requestBody": {
          "$ref": "#/components/requestBodies/Register"
        },
        "responses": {
          "200": {
            "description": "Registered, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Registered. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "plugins-catalog-remove-plugin-with-type",
        "tags": [
          "catalog"
        ],
        "summary": "Remove one catalog entry",
        "description": "Idempotent: removing an entry that does not exist also answers 204. A builtin version cannot be\nremoved (400). Removing the version a pin names is refused with a plain error (500). A mounted\nplugin may be removed; running mounts keep running until their next reload.\n",
        "x-vault-sudo": true,
        "parameters": [
          {
            "$ref": "#/components/parameters/Version"
          }
        ],
        "responses": {
          "204": {
            "description": "Removed, or there was nothing to remove. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/sys/plugins/pins": {
      "get": {
        "operationId": "plugins-catalog-pins-list-pinned-versions",
        "tags": [
          "pins"
        ],
        "summary": "List pinned versions",
        "description": "Ordered by type, then name. An empty list is `[]`, not an error. `LIST` answers 405.",
        "responses": {
          "200": {
            "description": "The pins.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PinListResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          }
        }
      }
    },
    "/sys/plugins/pins/{type}/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PluginType"
        },
        {
          "$ref": "#/components/parameters/GenericName"
        }
      ],
      "post": {
        "operationId": "plugins-catalog-pins-create-pinned-version",
        "tags": [
          "pins"
        ],
        "summary": "Pin a plugin to a version",
        "description": "The (type, name, version) must be registered; builtin versions and unversioned entries cannot be\npinned. Overwrites an existing pin. Nothing restarts: mounts run the pinned version after their\nnext reload. Answers 200 with `data: null` (not 204). `PUT` is the same operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PinRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Pinned.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "description": "`{type}` is not a plugin type: no route matches (`unsupported path`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "get": {
        "operationId": "plugins-catalog-pins-read-pinned-version",
        "tags": [
          "pins"
        ],
        "summary": "Read a pin",
        "responses": {
          "200": {
            "description": "The pin.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PinReadResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "description": "No pin. The message is multierror-wrapped.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "errors": [
                    "1 error occurred:\n\t* no pinned version for this plugin\n\n"
                  ]
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "plugins-catalog-pins-remove-pinned-version",
        "tags": [
          "pins"
        ],
        "summary": "Remove a pin",
        "description": "Idempotent. Answers 200 with `data: null`, also when there was no pin.",
        "responses": {
          "200": {
            "description": "Removed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "description": "`{type}` is not a plugin type: no route matches (`unsupported path`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    },
    "/sys/plugins/reload/backend": {
      "post": {
        "operationId": "plugins-reload-backends",
        "tags": [
          "reload"
        ],
        "summary": "Reload mounts by plugin name or by mount path",
        "description": "Exactly one of `plugin` and `mounts`. By plugin, every secrets and auth mount of that plugin\nrestarts (builtins included); when none does, the answer is still 200 with the warning\n`no plugins were reloaded`. By mounts, a missing mount is a plain error (500). With\n`scope: global` the answer is 202. `reload_id` is the request's ID. `PUT` is the same operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReloadBackendRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Reloaded on this node.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReloadResponse"
                }
              }
            }
          },
          "202": {
            "description": "Accepted for every node of the cluster (`scope: global`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReloadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/sys/plugins/reload/backend/status": {
      "get": {
        "operationId": "plugins-reload-backend-status",
        "tags": [
          "reload"
        ],
        "summary": "Read what a reload did on each node",
        "description": "Enterprise-only in Vault: Community Edition answers 404 `{\"errors\":[\"enterprise-only feature\"]}`,\nand OpenBao has no such route (404 `unsupported path`). An unknown `reload_id` answers 404.\n",
        "parameters": [
          {
            "name": "reload_id",
            "in": "query",
            "required": true,
            "description": "The `reload_id` a reload answered with.",
            "schema": {
              "type": "string",
              "minLength": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The reload's result per node.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReloadStatusResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/sys/plugins/reload/{type}/{name}": {
      "parameters": [
        {
          "name": "type",
          "in": "path",
          "required": true,
          "description": "The plugin type; `unknown` means every type.",
          "schema": {
            "type": "string",
            "enum": [
              "auth",
              "database",
              "secret",
              "unknown"
            ]
          }
        },
        {
          "$ref": "#/components/parameters/GenericName"
        }
      ],
      "post": {
        "operationId": "reload-plugins",
        "tags": [
          "reload"
        ],
        "summary": "Reload every mount of one plugin, in every namespace",
        "description": "Vault 1.16 and later; absent in OpenBao. The way to make a new pin take effect. The same answers\nand warnings as `reload/backend` by plugin. `PUT` is the same operation.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReloadPluginRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Reloaded on this node.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReloadResponse"
                }
              }
            }
          },
          "202": {
            "description": "Accepted for every node of the cluster (`scope: global`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReloadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "description": "`{type}` is not a plugin type: no route matches (`unsupported path`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/sys/mounts": {
      "get": {
        "operationId": "mounts-list-secrets-engines",
        "tags": [
          "mounts"
        ],
        "summary": "List secrets engines",
        "description": "`data` maps each mount path (with a trailing `/`) to its settings. For legacy reasons Vault also\ncopies every key of `data` to the top level of the response body.\n",
        "responses": {
          "200": {
            "description": "The mounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MountListResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/mounts/{path}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MountPath"
        }
      ],
      "post": {
        "operationId": "mounts-enable-secrets-engine",
        "tags": [
          "mounts"
        ],
        "summary": "Enable a secrets engine",
        "description": "The plugin version comes from `config.plugin_version`. Without one: the pinned version, else an\nunversioned external plugin, else the latest registered version, else the builtin. A version equal\nto the builtin's is stored as `\"\"`.\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/Enable"
        },
        "responses": {
          "200": {
            "description": "Enabled, with warnings (a deprecated builtin).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Enabled. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "get": {
        "operationId": "mounts-read-configuration",
        "tags": [
          "mounts"
        ],
        "summary": "Read a secrets engine",
        "description": "Longest-prefix match: `sys/mounts/secret/foo` reads the `secret/` mount. When the configured and\nrunning versions differ the answer carries a warning. `data` is also copied to the top level.\n",
        "responses": {
          "200": {
            "description": "The mount.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MountReadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      },
      "delete": {
        "operationId": "mounts-disable-secrets-engine",
        "tags": [
          "mounts"
        ],
        "summary": "Disable a secrets engine",
        "description": "Disabling a path where nothing is mounted also answers 204.",
        "responses": {
          "204": {
            "description": "Disabled. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/mounts/{path}/tune": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MountPath"
        }
      ],
      "get": {
        "operationId": "mounts-read-tuning-information",
        "tags": [
          "mounts"
        ],
        "summary": "Read a secrets engine's tuning",
        "description": "When a pin overrides the configured version the answer carries a warning.",
        "responses": {
          "200": {
            "description": "The tuning.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TuneReadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      },
      "post": {
        "operationId": "mounts-tune-configuration-parameters",
        "tags": [
          "mounts"
        ],
        "summary": "Tune a secrets engine",
        "description": "`plugin_version` changes only the configured version; the running version changes at the next\nreload. An empty `plugin_version` is refused (400), not a reset.\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/Tune"
        },
        "responses": {
          "200": {
            "description": "Tuned, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Tuned. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/sys/auth": {
      "get": {
        "operationId": "auth-list-enabled-methods",
        "tags": [
          "auth"
        ],
        "summary": "List auth methods",
        "description": "Like `GET /sys/mounts`, keyed by path under `auth/`, also copied to the top level.",
        "responses": {
          "200": {
            "description": "The auth methods.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MountListResponse"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/auth/{path}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MountPath"
        }
      ],
      "post": {
        "operationId": "auth-enable-method",
        "tags": [
          "auth"
        ],
        "summary": "Enable an auth method",
        "description": "The same version selection as enabling a secrets engine.",
        "x-vault-sudo": true,
        "requestBody": {
          "$ref": "#/components/requestBodies/Enable"
        },
        "responses": {
          "200": {
            "description": "Enabled, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Enabled. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "get": {
        "operationId": "auth-read-configuration",
        "tags": [
          "auth"
        ],
        "summary": "Read an auth method",
        "description": "Exact match on the path. `data` is also copied to the top level.",
        "x-vault-sudo": true,
        "responses": {
          "200": {
            "description": "The auth method.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MountReadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      },
      "delete": {
        "operationId": "auth-disable-method",
        "tags": [
          "auth"
        ],
        "summary": "Disable an auth method",
        "x-vault-sudo": true,
        "responses": {
          "204": {
            "description": "Disabled. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      }
    },
    "/sys/auth/{path}/tune": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MountPath"
        }
      ],
      "get": {
        "operationId": "auth-read-tuning-information",
        "tags": [
          "auth"
        ],
        "summary": "Read an auth method's tuning",
        "x-vault-sudo": true,
        "responses": {
          "200": {
            "description": "The tuning.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TuneReadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          }
        }
      },
      "post": {
        "operationId": "auth-tune-configuration-parameters",
        "tags": [
          "auth"
        ],
        "summary": "Tune an auth method",
        "x-vault-sudo": true,
        "requestBody": {
          "$ref": "#/components/requestBodies/Tune"
        },
        "responses": {
          "200": {
            "description": "Tuned, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Tuned. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/{database_mount}/config": {
      "parameters": [
        {
          "$ref": "#/components/parameters/DatabaseMount"
        }
      ],
      "get": {
        "operationId": "database-list-connections",
        "tags": [
          "database"
        ],
        "summary": "List the connections of a database mount",
        "description": "`GET` with `?list=true` and `LIST` are the same operation; without a true `list` the path answers 405.\nNames are sorted; no connection answers 404 `{\"errors\":[]}`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/List"
          }
        ],
        "responses": {
          "200": {
            "description": "The connection names.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeysResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/UnsupportedOperation"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/{database_mount}/config/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/DatabaseMount"
        },
        {
          "$ref": "#/components/parameters/ConnectionName"
        }
      ],
      "post": {
        "operationId": "database-configure-connection",
        "tags": [
          "database"
        ],
        "summary": "Create or update a connection",
        "description": "Starts the plugin (the binary's SHA-256 is checked) with the version chosen as Vault does: a pin\nwins and refuses an explicit `plugin_version` (400 `cannot specify plugin_version for plugin \"<n>\"\nas it is pinned (<v>)`); else the body's `plugin_version`, else the stored one, else on create the\nnewest registered version. On update every omitted parameter keeps its value, and connection\ndetails given are merged over the stored ones; the connection restarts at once. A start that fails\nanswers 400 `error creating database object: …` and nothing is stored. No warnings → 204.\n`PUT` is the same operation.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DatabaseConnectionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Stored and started, with warnings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                }
              }
            }
          },
          "204": {
            "description": "Stored and started. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "get": {
        "operationId": "database-read-connection",
        "tags": [
          "database"
        ],
        "summary": "Read a connection",
        "description": "Secrets (`password`, `private_key`, `service_account_json`) are left out and a password in\n`connection_url` reads `xxxxx`. `running_plugin_version` is what this node runs (the connection is\nstarted if it does not run yet); when `plugin_version` is set and differs, one warning says why.\n",
        "responses": {
          "200": {
            "description": "The connection.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseConnectionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "database-delete-connection",
        "tags": [
          "database"
        ],
        "summary": "Delete a connection",
        "description": "Also 204 when there is no such connection. The running connection stops.",
        "responses": {
          "204": {
            "description": "Deleted. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/{database_mount}/reset/{name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/DatabaseMount"
        },
        {
          "$ref": "#/components/parameters/ConnectionName"
        }
      ],
      "post": {
        "operationId": "database-reset-connection",
        "tags": [
          "database"
        ],
        "summary": "Restart one connection",
        "description": "Restarts the connection with the version it should run now (the pin, else its `plugin_version`).\nA missing connection or a start that fails is a plain error (500). `PUT` is the same operation.\n",
        "responses": {
          "204": {
            "description": "Restarted. No body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/{database_mount}/reload/{plugin_name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/DatabaseMount"
        },
        {
          "name": "plugin_name",
          "in": "path",
          "required": true,
          "description": "A database plugin name.",
          "schema": {
            "type": "string",
            "pattern": "^\\w(([\\w.-]+)?\\w)?$"
          }
        }
      ],
      "post": {
        "operationId": "database-reload-plugin",
        "tags": [
          "database"
        ],
        "summary": "Restart every connection of the mount that uses a plugin",
        "description": "Vault 1.16 and later; absent in OpenBao (404 `unsupported path`). Connections that fail to restart\nare left out of `connections`. `PUT` is the same operation.\n",
        "responses": {
          "200": {
            "description": "What restarted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseReloadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "vaultToken": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Vault-Token",
        "description": "A Vault token. Checked before `Authorization`."
      },
      "bearerToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <token>`, used when `X-Vault-Token` is absent."
      }
    },
    "parameters": {
      "PluginType": {
        "name": "type",
        "in": "path",
        "required": true,
        "description": "The plugin type. Lower case only. Vault routes by these three: another value matches no typed\nroute, so pins and reloads answer 404 `unsupported path`, and a catalog read reaches Vault's\ndeprecated untyped read of the name `{type}/{name}` (200, `data: null`, a deprecation warning).\n",
        "schema": {
          "$ref": "#/components/schemas/PluginType"
        }
      },
      "CatalogName": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "The plugin name. Catalog names match `.+`: they may contain `/` (send it as is or as `%2F`), and\nare case-sensitive. They must not contain `..`.\n",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "my-secrets-plugin"
      },
      "GenericName": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "A plugin name as Vault's `GenericNameRegex` admits it; anything else has no route (404).",
        "schema": {
          "type": "string",
          "pattern": "^\\w(([\\w.-]+)?\\w)?$"
        },
        "example": "my-secrets-plugin"
      },
      "Version": {
        "name": "version",
        "in": "query",
        "required": false,
        "description": "A semantic version. Canonicalised to `v` + go-version's string form (`1.0` reads `v1.0.0`).\n",
        "schema": {
          "type": "string"
        },
        "example": "v1.0.0"
      },
      "List": {
        "name": "list",
        "in": "query",
        "required": true,
        "description": "Any true value of Go's `strconv.ParseBool`. A value that does not parse answers 400.",
        "schema": {
          "type": "string",
          "enum": [
            "1",
            "t",
            "T",
            "true",
            "TRUE",
            "True"
          ]
        }
      },
      "PolicyName": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "A policy name; stored in lower case.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "MountPath": {
        "name": "path",
        "in": "path",
        "required": true,
        "description": "The mount path, with or without a trailing `/`. May contain `/`.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "my-secrets"
      },
      "DatabaseMount": {
        "name": "database_mount",
        "in": "path",
        "required": true,
        "description": "The path of a mount of type `database` (longest prefix; it may contain `/`). Under any other mount,\nor under the roles and credentials paths of a database mount, the answer is 404 `unsupported path`.\n",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "database"
      },
      "ConnectionName": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "A connection name as Vault's `GenericNameRegex` admits it; anything else has no route (404).",
        "schema": {
          "type": "string",
          "pattern": "^\\w(([\\w.-]+)?\\w)?$"
        },
        "example": "my-db"
      }
    },
    "requestBodies": {
      "Register": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RegisterRequest"
            },
            "example": {
              "sha256": "d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9",
              "command": "my-secrets-plugin",
              "version": "v1.0.0",
              "args": [
                "--log-level=info"
              ],
              "env": [
                "PLUGIN_MODE=production"
              ]
            }
          }
        }
      },
      "Enable": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EnableRequest"
            },
            "example": {
              "type": "my-secrets-plugin",
              "description": "Secrets from my plugin",
              "config": {
                "plugin_version": "v1.0.0"
              }
            }
          }
        }
      },
      "Tune": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/TuneRequest"
            },
            "example": {
              "plugin_version": "v1.0.1"
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid. Handler validation errors carry the bare message; a body that is not JSON\nanswers `error parsing JSON`; an unparsable `list` answers with an empty `errors` array.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "version \"1.x\" is not a valid semantic version: Malformed version: 1.x"
              ]
            }
          }
        }
      },
      "PermissionDenied": {
        "description": "The token is missing, unknown or lacks a capability.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "1 error occurred:\n\t* permission denied\n\n"
              ]
            }
          }
        }
      },
      "NotFound": {
        "description": "Nothing at that path. Reads of a missing item carry an empty `errors` array.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": []
            }
          }
        }
      },
      "UnsupportedOperation": {
        "description": "The route exists but does not support this operation.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "1 error occurred:\n\t* unsupported operation\n\n"
              ]
            }
          }
        }
      },
      "Conflict": {
        "description": "The path clashes with an existing mount (the same path, or one inside the other).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "path is already in use at my-secrets/"
              ]
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than the listener's `max_request_size` (32 MiB by default).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "http: request body too large"
              ]
            }
          }
        }
      },
      "InternalError": {
        "description": "A plain error from the handler or the plugin catalog, multierror-wrapped.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "errors": [
                "1 error occurred:\n\t* cannot execute files outside of configured plugin directory\n\n"
              ]
            }
          }
        }
      },
      "HealthNotActive": {
        "description": "Not active (standby, not initialised, or sealed). The same body as 200.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Health"
            }
          }
        }
      }
    },
    "schemas": {
      "PluginType": {
        "type": "string",
        "enum": [
          "auth",
          "database",
          "secret"
        ]
      },
      "SemverInput": {
        "type": "string",
        "description": "A semantic version as go-version's NewSemver reads it (`1`, `1.0`, `v1.2.3`, `1.2.3-rc.1+meta`; a\nprerelease needs its `-`). Canonicalised to `v` + the version with three or more segments and no\nleading zeros (`01.2` reads `v1.2.0`). Build metadata with the identifier `builtin` is reserved.\nAt most 1024 characters (longer ones are refused as malformed; Vault sets no bound). The pattern\nreads the same strings as go-version's, written so that a backtracking engine takes linear time.\n",
        "maxLength": 1024,
        "pattern": "^$|^v?[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?(\\+[0-9A-Za-z~-]+(\\.[0-9A-Za-z~-]+)*)?$",
        "x-vault-errors": {
          "pattern": "version \"{value}\" is not a valid semantic version: Malformed version: {value}",
          "maxLength": "version \"{value}\" is not a valid semantic version: Malformed version: {value}"
        },
        "x-openbao-errors": {
          "pattern": "version \"{value}\" is not a valid semantic version: malformed version: {value}",
          "maxLength": "version \"{value}\" is not a valid semantic version: malformed version: {value}"
        },
        "example": "v1.0.0"
      },
      "CatalogEntryType": {
        "type": "string",
        "description": "A plugin type as the catalog lists it; `unknown` is a legacy untyped registration.",
        "enum": [
          "auth",
          "database",
          "secret",
          "unknown"
        ]
      },
      "Sha256Hex": {
        "type": "string",
        "description": "A SHA-256 digest as lowercase hex.",
        "pattern": "^[0-9a-f]{64}$",
        "example": "d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9"
      },
      "DeprecationStatus": {
        "type": "string",
        "enum": [
          "supported",
          "deprecated",
          "pending removal",
          "removed"
        ]
      },
      "Envelope": {
        "type": "object",
        "description": "Vault's response envelope. Each operation's response adds its own `data`.",
        "required": [
          "request_id",
          "lease_id",
          "renewable",
          "lease_duration",
          "wrap_info",
          "warnings",
          "auth"
        ],
        "properties": {
          "request_id": {
            "type": "string",
            "description": "The request's UUID."
          },
          "lease_id": {
            "type": "string"
          },
          "renewable": {
            "type": "boolean"
          },
          "lease_duration": {
            "type": "integer"
          },
          "wrap_info": {
            "type": [
              "object",
              "null"
            ]
          },
          "warnings": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            }
          },
          "auth": {
            "type": [
              "object",
              "null"
            ]
          },
          "mount_type": {
            "type": "string",
            "description": "The type of the mount that answered (`system` for `sys/`). Vault only, 1.13 and later; OpenBao's\nenvelopes have none.\n"
          }
        }
      },
      "EmptyResponse": {
        "description": "An envelope whose `data` is `null` (pin create and delete, or a write with warnings).",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "null"
              }
            }
          }
        ]
      },
      "ErrorResponse": {
        "type": "object",
        "required": [
          "errors"
        ],
        "properties": {
          "errors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "initialized",
          "sealed",
          "standby",
          "version",
          "server_time_utc"
        ],
        "properties": {
          "initialized": {
            "type": "boolean"
          },
          "sealed": {
            "type": "boolean"
          },
          "standby": {
            "type": "boolean"
          },
          "performance_standby": {
            "type": "boolean"
          },
          "replication_performance_mode": {
            "type": "string"
          },
          "replication_dr_mode": {
            "type": "string"
          },
          "server_time_utc": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "version": {
            "type": "string",
            "description": "The server's version, e.g. `1.19.5`."
          },
          "cluster_name": {
            "type": "string"
          },
          "cluster_id": {
            "type": "string"
          },
          "node_id": {
            "type": "string",
            "description": "Not in Vault's body: the sysplugins node that answered (`--node-id`); the nodes of a cluster on\nPostgreSQL share one `cluster_id`.\n"
          }
        }
      },
      "SealStatus": {
        "type": "object",
        "required": [
          "type",
          "initialized",
          "sealed",
          "t",
          "n",
          "progress",
          "nonce",
          "version",
          "migration",
          "recovery_seal",
          "storage_type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "shamir"
          },
          "initialized": {
            "type": "boolean"
          },
          "sealed": {
            "type": "boolean"
          },
          "t": {
            "type": "integer",
            "description": "Key shares needed to unseal."
          },
          "n": {
            "type": "integer",
            "description": "Key shares."
          },
          "progress": {
            "type": "integer"
          },
          "nonce": {
            "type": "string"
          },
          "version": {
            "type": "string",
            "description": "The server's version, as `sys/health` reports it."
          },
          "build_date": {
            "type": "string",
            "description": "Vault's field; OpenBao names it `commit_date`."
          },
          "commit_date": {
            "type": "string",
            "description": "OpenBao's name for `build_date` (`bao server -dev` 2.7.2); not in Vault's answer."
          },
          "migration": {
            "type": "boolean"
          },
          "cluster_name": {
            "type": "string"
          },
          "cluster_id": {
            "type": "string"
          },
          "recovery_seal": {
            "type": "boolean"
          },
          "storage_type": {
            "type": "string"
          }
        }
      },
      "InitStatus": {
        "type": "object",
        "required": [
          "initialized"
        ],
        "properties": {
          "initialized": {
            "type": "boolean"
          }
        }
      },
      "Leader": {
        "type": "object",
        "required": [
          "ha_enabled"
        ],
        "properties": {
          "ha_enabled": {
            "type": "boolean"
          },
          "is_self": {
            "type": "boolean"
          },
          "active_time": {
            "type": "string",
            "format": "date-time"
          },
          "leader_address": {
            "type": "string"
          },
          "leader_cluster_address": {
            "type": "string"
          },
          "performance_standby": {
            "type": "boolean"
          },
          "performance_standby_last_remote_wal": {
            "type": "integer"
          }
        }
      },
      "HaStatus": {
        "type": "object",
        "required": [
          "nodes"
        ],
        "properties": {
          "nodes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HaNode"
            }
          }
        }
      },
      "HaNode": {
        "type": "object",
        "required": [
          "hostname",
          "api_address",
          "cluster_address",
          "active_node",
          "last_echo",
          "version"
        ],
        "properties": {
          "hostname": {
            "type": "string",
            "description": "The host the node runs on (its operating system's host name)."
          },
          "api_address": {
            "type": "string",
            "description": "Where clients reach the node (Vault's `api_addr`)."
          },
          "cluster_address": {
            "type": "string",
            "description": "Where the other nodes reach it (Vault's `cluster_addr`; `https://127.0.0.1:8201` for a dev server\non 8200). Empty on sysplugins, whose nodes talk through the shared storage only.\n"
          },
          "active_node": {
            "type": "boolean",
            "description": "True for the node that answered, false for the others."
          },
          "last_echo": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the node was last heard from; null for the active node."
          },
          "version": {
            "type": "string",
            "description": "The product version the node runs (`1.20.0`, `2.7.2`)."
          },
          "upgrade_version": {
            "type": "string",
            "description": "Integrated storage (Raft) only, which sysplugins has not; absent otherwise."
          },
          "redundancy_zone": {
            "type": "string",
            "description": "Vault only, integrated storage only; absent otherwise."
          }
        }
      },
      "HaStatusResponse": {
        "description": "The envelope, with `nodes` copied to the top level too.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "$ref": "#/components/schemas/HaStatus"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/HaStatus"
              }
            }
          }
        ]
      },
      "TokenInfo": {
        "type": "object",
        "required": [
          "accessor",
          "creation_time",
          "creation_ttl",
          "display_name",
          "expire_time",
          "explicit_max_ttl",
          "id",
          "meta",
          "num_uses",
          "orphan",
          "path",
          "policies",
          "renewable",
          "ttl",
          "type"
        ],
        "properties": {
          "accessor": {
            "type": "string"
          },
          "creation_time": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "creation_ttl": {
            "type": "integer"
          },
          "display_name": {
            "type": "string"
          },
          "entity_id": {
            "type": "string"
          },
          "expire_time": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the token expires; null for one that never does (a root token)."
          },
          "explicit_max_ttl": {
            "type": "integer"
          },
          "id": {
            "type": "string",
            "description": "The token itself, returned to its holder as Vault does."
          },
          "issue_time": {
            "type": "string",
            "format": "date-time"
          },
          "meta": {
            "type": [
              "object",
              "null"
            ]
          },
          "num_uses": {
            "type": "integer"
          },
          "orphan": {
            "type": "boolean"
          },
          "path": {
            "type": "string"
          },
          "policies": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "renewable": {
            "type": "boolean"
          },
          "ttl": {
            "type": "integer",
            "description": "Seconds left."
          },
          "type": {
            "type": "string",
            "const": "service"
          },
          "period": {
            "type": "integer"
          },
          "last_renewal": {
            "type": "string",
            "format": "date-time"
          },
          "last_renewal_time": {
            "type": "integer"
          }
        }
      },
      "TokenLookupResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/TokenInfo"
              }
            }
          }
        ]
      },
      "CapabilitiesRequest": {
        "type": "object",
        "description": "One of `paths` or `path` (deprecated); each may be a comma-separated string.",
        "properties": {
          "paths": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "path": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Capabilities": {
        "type": "object",
        "description": "Each path's capabilities; with exactly one path, `capabilities` too.",
        "additionalProperties": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "CapabilitiesResponse": {
        "description": "The envelope, with every key of `data` copied to the top level too (so the top level mixes the\nenvelope's fields and the paths: only `data` is held to the Capabilities schema).\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/Capabilities"
              }
            }
          }
        ]
      },
      "CapabilitiesTokenRequest": {
        "type": "object",
        "description": "The token, and one of `paths` or `path` (each may be a comma-separated string).",
        "properties": {
          "token": {
            "type": "string"
          },
          "paths": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "path": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "CapabilitiesAccessorRequest": {
        "type": "object",
        "properties": {
          "accessor": {
            "type": "string"
          },
          "paths": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "path": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "TokenCreateRequest": {
        "type": "object",
        "description": "Unknown fields are ignored; `policies` may be a comma-separated string.",
        "properties": {
          "policies": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "ttl": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Seconds or a duration (\"1h\")."
          },
          "explicit_max_ttl": {
            "type": [
              "string",
              "integer"
            ]
          },
          "period": {
            "type": [
              "string",
              "integer"
            ]
          },
          "num_uses": {
            "type": "integer"
          },
          "no_parent": {
            "type": "boolean"
          },
          "no_default_policy": {
            "type": "boolean"
          },
          "renewable": {
            "type": "boolean"
          },
          "display_name": {
            "type": "string"
          },
          "meta": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "type": {
            "type": "string"
          },
          "id": {
            "type": "string"
          }
        }
      },
      "TokenAuth": {
        "type": "object",
        "required": [
          "client_token",
          "accessor",
          "policies",
          "token_policies",
          "lease_duration",
          "renewable",
          "token_type",
          "orphan",
          "num_uses"
        ],
        "properties": {
          "client_token": {
            "type": "string"
          },
          "accessor": {
            "type": "string"
          },
          "policies": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_policies": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {
              "type": "string"
            }
          },
          "lease_duration": {
            "type": "integer"
          },
          "renewable": {
            "type": "boolean"
          },
          "entity_id": {
            "type": "string"
          },
          "token_type": {
            "type": "string"
          },
          "orphan": {
            "type": "boolean"
          },
          "mfa_requirement": {
            "type": "null"
          },
          "num_uses": {
            "type": "integer"
          }
        }
      },
      "TokenAuthResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "auth"
            ],
            "properties": {
              "auth": {
                "$ref": "#/components/schemas/TokenAuth"
              }
            }
          }
        ]
      },
      "TokenRequest": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          }
        }
      },
      "AccessorRequest": {
        "type": "object",
        "properties": {
          "accessor": {
            "type": "string"
          }
        }
      },
      "RenewRequest": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string"
          },
          "increment": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Seconds or a duration; 0 or absent renews by the token's last TTL."
          }
        }
      },
      "PolicyWriteRequest": {
        "type": "object",
        "properties": {
          "policy": {
            "type": "string",
            "description": "HCL or JSON, or base64 of either."
          }
        }
      },
      "LegacyPolicyWriteRequest": {
        "type": "object",
        "properties": {
          "policy": {
            "type": "string"
          },
          "rules": {
            "type": "string",
            "description": "Deprecated spelling of `policy`."
          }
        }
      },
      "PolicyInfo": {
        "type": "object",
        "required": [
          "name",
          "version",
          "cas_required",
          "allow_wildcards_in_identity_templates",
          "allow_slashes_in_identity_templates"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "policy": {
            "type": "string"
          },
          "rules": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "cas_required": {
            "type": "boolean"
          },
          "allow_wildcards_in_identity_templates": {
            "type": "boolean"
          },
          "allow_slashes_in_identity_templates": {
            "type": "boolean"
          },
          "modified": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "PolicyReadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/PolicyInfo"
              }
            }
          }
        ]
      },
      "LegacyPolicyReadResponse": {
        "description": "The envelope, with every key of `data` copied to the top level too.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/PolicyInfo"
              }
            }
          }
        ]
      },
      "LegacyPolicyListResponse": {
        "description": "The envelope, with `keys` and `policies` copied to the top level too.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "keys",
                  "policies"
                ],
                "properties": {
                  "keys": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "policies": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "InternalUiMountsResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "secret",
                  "auth"
                ],
                "properties": {
                  "secret": {
                    "type": "object",
                    "additionalProperties": {
                      "$ref": "#/components/schemas/MountInfo"
                    }
                  },
                  "auth": {
                    "type": "object",
                    "additionalProperties": {
                      "$ref": "#/components/schemas/MountInfo"
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "InternalUiMountResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/MountInfo"
                  },
                  {
                    "type": "object",
                    "required": [
                      "path"
                    ],
                    "properties": {
                      "path": {
                        "type": "string",
                        "description": "The mount's path with its trailing `/` (without `auth/` for auth methods)."
                      }
                    }
                  }
                ]
              }
            }
          }
        ]
      },
      "OpenApiDocument": {
        "type": "object",
        "required": [
          "openapi",
          "info",
          "paths"
        ],
        "properties": {
          "openapi": {
            "type": "string"
          },
          "info": {
            "type": "object",
            "additionalProperties": true
          },
          "paths": {
            "type": "object",
            "additionalProperties": true
          }
        },
        "additionalProperties": true
      },
      "CatalogListEntry": {
        "type": "object",
        "required": [
          "type",
          "name",
          "version",
          "builtin"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/CatalogEntryType"
          },
          "name": {
            "type": "string"
          },
          "version": {
            "type": "string",
            "description": "`\"\"` for an unversioned external plugin; `v<x>+builtin[.vault]` for a builtin."
          },
          "builtin": {
            "type": "boolean"
          },
          "sha256": {
            "$ref": "#/components/schemas/Sha256Hex"
          },
          "deprecation_status": {
            "$ref": "#/components/schemas/DeprecationStatus"
          },
          "oci_image": {
            "type": "string"
          },
          "runtime": {
            "type": "string"
          }
        }
      },
      "CatalogList": {
        "type": "object",
        "required": [
          "auth",
          "database",
          "secret",
          "detailed"
        ],
        "properties": {
          "auth": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "database": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "secret": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "unknown": {
            "type": "array",
            "description": "Present only when legacy untyped entries exist.",
            "items": {
              "type": "string"
            }
          },
          "detailed": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CatalogListEntry"
            }
          }
        }
      },
      "CatalogListResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/CatalogList"
              }
            }
          }
        ]
      },
      "Keys": {
        "type": "object",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "KeysResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/Keys"
              }
            }
          }
        ]
      },
      "PluginDetails": {
        "type": "object",
        "required": [
          "name",
          "args",
          "command",
          "sha256",
          "builtin",
          "version"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "args": {
            "type": [
              "array",
              "null"
            ],
            "description": "`null` for builtins, `[]` for an external plugin registered without args.",
            "items": {
              "type": "string"
            }
          },
          "command": {
            "type": "string",
            "description": "Relative to the plugin directory; `\"\"` for builtins."
          },
          "sha256": {
            "type": "string",
            "description": "Lowercase hex of any even length as registered; `\"\"` for builtins.",
            "pattern": "^([0-9a-f]{2})*$"
          },
          "builtin": {
            "type": "boolean"
          },
          "version": {
            "type": "string"
          },
          "deprecation_status": {
            "$ref": "#/components/schemas/DeprecationStatus"
          },
          "oci_image": {
            "type": "string",
            "description": "Vault only."
          },
          "runtime": {
            "type": "string",
            "description": "Vault only."
          },
          "oci": {
            "type": "boolean",
            "description": "OpenBao only, always present there; the command lives in the OCI cache."
          },
          "declarative": {
            "type": "boolean",
            "description": "OpenBao only, always present there; registered by the server's `plugin` stanza."
          }
        }
      },
      "CatalogReadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/PluginDetails"
              }
            }
          }
        ]
      },
      "RegisterRequest": {
        "type": "object",
        "description": "Checked in this order: `version` (semantic), `download` (Enterprise only), `sha256`/`sha_256`\npresent, `command` or `oci_image` present, `command` split on spaces, `sha256` decodes as hex.\n",
        "properties": {
          "version": {
            "$ref": "#/components/schemas/SemverInput"
          },
          "download": {
            "type": "boolean",
            "description": "Enterprise only; `true` is refused by Community Edition."
          },
          "sha256": {
            "type": "string",
            "description": "The SHA-256 of the binary as hex. Vault decodes any even-length hex; the binary is checked\nagainst it when the plugin runs. Use 64 lowercase hex characters.\n",
            "pattern": "^([0-9a-fA-F]{2})*$",
            "x-vault-errors": {
              "pattern": "Could not decode SHA256 value from Hex {value}: {goHexError}"
            },
            "x-openbao-errors": {
              "pattern": "Could not decode SHA-256 value from Hex"
            },
            "example": "d130b9a0fbfddef9709d8ff92e5e6053ccd246b78632fc03b8548457026961e9"
          },
          "sha_256": {
            "type": "string",
            "description": "Legacy alias of `sha256`, used when `sha256` is empty.",
            "pattern": "^([0-9a-fA-F]{2})*$",
            "x-vault-errors": {
              "pattern": "Could not decode SHA256 value from Hex {value}: {goHexError}"
            },
            "x-openbao-errors": {
              "pattern": "Could not decode SHA-256 value from Hex"
            }
          },
          "command": {
            "type": "string",
            "description": "The binary, relative to the plugin directory, optionally followed by arguments separated by\nsingle spaces (then `args` must be empty).\n",
            "example": "my-secrets-plugin"
          },
          "oci_image": {
            "type": "string",
            "description": "Vault only. A container image to run instead of a binary (Linux only)."
          },
          "oci": {
            "type": "boolean",
            "description": "OpenBao only. The command is in the plugin directory's OCI cache."
          },
          "runtime": {
            "type": "string",
            "description": "A registered plugin runtime, with `oci_image`."
          },
          "args": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "env": {
            "type": "array",
            "description": "`KEY=value` strings passed to the plugin. Stored, never returned.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "PinRequest": {
        "type": "object",
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "allOf": [
              {
                "$ref": "#/components/schemas/SemverInput"
              }
            ],
            "minLength": 1,
            "description": "A registered, non-builtin version of the plugin.",
            "x-vault-errors": {
              "required": "missing plugin version",
              "minLength": "missing plugin version"
            },
            "example": "v1.0.1"
          }
        }
      },
      "Pin": {
        "type": "object",
        "required": [
          "name",
          "type",
          "version"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "type": {
            "$ref": "#/components/schemas/PluginType"
          },
          "version": {
            "type": "string"
          }
        }
      },
      "PinReadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/Pin"
              }
            }
          }
        ]
      },
      "PinListResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "pinned_versions"
                ],
                "properties": {
                  "pinned_versions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Pin"
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "ReloadScope": {
        "type": "string",
        "description": "Omitted (or empty) for this node only; `global` for every node of the cluster (202).",
        "enum": [
          "",
          "global"
        ],
        "x-vault-errors": {
          "enum": "reload scope must be omitted or 'global'"
        },
        "x-openbao-errors": {
          "enum": "scope must be unset or \"global\""
        }
      },
      "ReloadBackendRequest": {
        "type": "object",
        "properties": {
          "scope": {
            "$ref": "#/components/schemas/ReloadScope"
          },
          "plugin": {
            "type": "string",
            "description": "Reload every mount of this plugin."
          },
          "mounts": {
            "type": "array",
            "description": "Mount paths (`foo`, `foo/`, `auth/foo`). A comma-separated string is accepted too.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ReloadPluginRequest": {
        "type": "object",
        "properties": {
          "scope": {
            "$ref": "#/components/schemas/ReloadScope"
          }
        }
      },
      "ReloadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "reload_id"
                ],
                "properties": {
                  "reload_id": {
                    "type": "string"
                  }
                }
              }
            }
          }
        ]
      },
      "ReloadStatusResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "reload_id",
                  "results"
                ],
                "properties": {
                  "reload_id": {
                    "type": "string"
                  },
                  "results": {
                    "type": "object",
                    "description": "Keyed by node ID.",
                    "additionalProperties": {
                      "type": "object",
                      "required": [
                        "timestamp",
                        "error"
                      ],
                      "properties": {
                        "timestamp": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "error": {
                          "type": "string",
                          "description": "`\"\"` when the reload succeeded on that node."
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        ]
      },
      "MountConfig": {
        "type": "object",
        "required": [
          "default_lease_ttl",
          "max_lease_ttl",
          "force_no_cache"
        ],
        "properties": {
          "default_lease_ttl": {
            "type": "integer",
            "description": "Seconds; `0` means the system default."
          },
          "max_lease_ttl": {
            "type": "integer"
          },
          "force_no_cache": {
            "type": "boolean"
          },
          "audit_non_hmac_request_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "audit_non_hmac_response_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "listing_visibility": {
            "type": "string"
          },
          "passthrough_request_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_response_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_type": {
            "type": "string"
          }
        }
      },
      "MountInfo": {
        "type": "object",
        "required": [
          "type",
          "description",
          "accessor",
          "local",
          "seal_wrap",
          "external_entropy_access",
          "options",
          "uuid",
          "plugin_version",
          "running_plugin_version",
          "running_sha256",
          "config"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "accessor": {
            "type": "string"
          },
          "local": {
            "type": "boolean"
          },
          "seal_wrap": {
            "type": "boolean"
          },
          "external_entropy_access": {
            "type": "boolean"
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {
              "type": "string"
            }
          },
          "uuid": {
            "type": "string"
          },
          "plugin_version": {
            "type": "string",
            "description": "The configured version; `\"\"` for the builtin or an unversioned plugin."
          },
          "running_plugin_version": {
            "type": "string",
            "description": "The version running now; changes only when the mount starts or reloads."
          },
          "running_sha256": {
            "type": "string",
            "description": "Lowercase hex SHA-256 of the running binary; `\"\"` for builtins.",
            "pattern": "^([0-9a-f]{64})?$"
          },
          "config": {
            "$ref": "#/components/schemas/MountConfig"
          },
          "deprecation_status": {
            "$ref": "#/components/schemas/DeprecationStatus"
          }
        }
      },
      "MountListResponse": {
        "description": "`data` maps mount paths to mounts; the same keys are also at the top level.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "additionalProperties": {
                  "$ref": "#/components/schemas/MountInfo"
                }
              }
            }
          }
        ]
      },
      "MountReadResponse": {
        "description": "The mount, in `data` and, for legacy reasons, at the top level too.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "$ref": "#/components/schemas/MountInfo"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/MountInfo"
              }
            }
          }
        ]
      },
      "MountConfigInput": {
        "type": "object",
        "properties": {
          "default_lease_ttl": {
            "type": "string",
            "description": "A duration (`768h`) or seconds."
          },
          "max_lease_ttl": {
            "type": "string"
          },
          "force_no_cache": {
            "type": "boolean"
          },
          "plugin_version": {
            "type": "string",
            "description": "The version to mount. See the version selection rules on the operation.",
            "example": "v1.0.0"
          },
          "plugin_name": {
            "type": "string",
            "description": "With `type` `plugin` (legacy), the plugin to mount; wins over the top-level `plugin_name`."
          },
          "audit_non_hmac_request_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "audit_non_hmac_response_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "listing_visibility": {
            "type": "string",
            "enum": [
              "",
              "unauth",
              "hidden"
            ]
          },
          "passthrough_request_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_response_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_type": {
            "type": "string"
          }
        }
      },
      "EnableRequest": {
        "type": "object",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "minLength": 1,
            "description": "The plugin name (`kv`, `approle`, or a registered external plugin).",
            "x-vault-errors": {
              "required": "backend type must be specified as a string",
              "minLength": "backend type must be specified as a string"
            }
          },
          "description": {
            "type": "string"
          },
          "config": {
            "$ref": "#/components/schemas/MountConfigInput"
          },
          "options": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "local": {
            "type": "boolean"
          },
          "seal_wrap": {
            "type": "boolean"
          },
          "external_entropy_access": {
            "type": "boolean"
          },
          "plugin_name": {
            "type": "string",
            "description": "With `type` `plugin` (legacy), the plugin to mount."
          },
          "plugin_version": {
            "type": "string",
            "deprecated": true,
            "description": "Ignored by Vault and OpenBao: the version is read from `config.plugin_version` only. Some clients\n(hvac's keyword arguments, node-vault) send it here; it has no effect.\n"
          }
        }
      },
      "TuneRequest": {
        "type": "object",
        "properties": {
          "description": {
            "type": "string"
          },
          "default_lease_ttl": {
            "type": "string"
          },
          "max_lease_ttl": {
            "type": "string"
          },
          "plugin_version": {
            "type": "string",
            "description": "A registered version (or the current builtin version). `\"\"` is refused.",
            "example": "v1.0.1"
          },
          "override_pinned_version": {
            "type": "boolean"
          },
          "options": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "audit_non_hmac_request_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "audit_non_hmac_response_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "listing_visibility": {
            "type": "string"
          },
          "passthrough_request_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_response_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_type": {
            "type": "string"
          }
        }
      },
      "TuneInfo": {
        "type": "object",
        "required": [
          "description",
          "default_lease_ttl",
          "max_lease_ttl",
          "force_no_cache"
        ],
        "properties": {
          "description": {
            "type": "string"
          },
          "default_lease_ttl": {
            "type": "integer",
            "description": "Effective value in seconds."
          },
          "max_lease_ttl": {
            "type": "integer"
          },
          "force_no_cache": {
            "type": "boolean"
          },
          "external_entropy_access": {
            "type": "boolean"
          },
          "token_type": {
            "type": "string"
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": {
              "type": "string"
            }
          },
          "plugin_version": {
            "type": "string",
            "description": "Present only when a version is configured."
          },
          "listing_visibility": {
            "type": "string"
          },
          "audit_non_hmac_request_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "audit_non_hmac_response_keys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "passthrough_request_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_response_headers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "TuneReadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/TuneInfo"
              }
            }
          }
        ]
      },
      "DatabaseConnectionRequest": {
        "type": "object",
        "description": "The named fields below; every other key is a connection detail handed to the plugin (and the answer\nwarns `Endpoint ignored these unrecognized parameters: [...]`, as Vault's framework does).\n",
        "additionalProperties": true,
        "properties": {
          "plugin_name": {
            "type": "string",
            "description": "Required on create (400 `empty plugin name`)."
          },
          "plugin_version": {
            "type": "string",
            "description": "A version go-version reads leniently; canonicalised (`1.0.1` → `v1.0.1`)."
          },
          "verify_connection": {
            "type": "boolean",
            "description": "Whether the plugin connects to the database to verify the details. Default true."
          },
          "allowed_roles": {
            "type": "array",
            "description": "Role names; a comma-separated string is accepted too.",
            "items": {
              "type": "string"
            }
          },
          "root_rotation_statements": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "password_policy": {
            "type": "string"
          }
        }
      },
      "DatabaseConnection": {
        "type": "object",
        "required": [
          "plugin_name",
          "plugin_version",
          "connection_details",
          "allowed_roles",
          "root_credentials_rotate_statements",
          "password_policy",
          "verify_connection"
        ],
        "properties": {
          "plugin_name": {
            "type": "string"
          },
          "plugin_version": {
            "type": "string",
            "description": "The configured version; `\"\"` for a builtin or unversioned plugin."
          },
          "running_plugin_version": {
            "type": "string",
            "description": "What this node runs. Absent when the connection cannot start or runs no version."
          },
          "connection_details": {
            "type": "object",
            "additionalProperties": true
          },
          "allowed_roles": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "root_credentials_rotate_statements": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "password_policy": {
            "type": "string"
          },
          "verify_connection": {
            "type": "boolean"
          }
        }
      },
      "DatabaseConnectionResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "$ref": "#/components/schemas/DatabaseConnection"
              }
            }
          }
        ]
      },
      "DatabaseReloadResponse": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Envelope"
          },
          {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "object",
                "required": [
                  "connections",
                  "count"
                ],
                "properties": {
                  "connections": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "count": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        ]
      }
    }
  }
};
