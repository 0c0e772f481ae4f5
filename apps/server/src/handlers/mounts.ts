// HTTP for secrets engines (sys/mounts) and auth methods (sys/auth): the same five operations each.
import type { Route } from "../routes.js";
import { type EnableInput, expandCommaLists, type Mounts, type TuneInput } from "../services/mounts.js";
import type { MountTable } from "../store/state.js";

const tables: [MountTable, string, string][] = [
  ["secret", "mounts", "mounts"],
  ["auth", "auth", "auth"],
];

export function mountRoutes(mounts: Mounts): Route[] {
  return tables.flatMap(([table, segment, op]): Route[] => [
    {
      pattern: new RegExp(`^/v1/sys/${segment}/?$`),
      ops: { read: { handle: () => ({ data: mounts.list(table), dataAtTop: true }) } },
    },
    {
      pattern: new RegExp(`^/v1/sys/${segment}/(.+?)/tune/?$`),
      ops: {
        read: { handle: ({ params: [path = ""] }) => mounts.readTune(table, path) },
        update: {
          operationId: `${op}-tune-configuration-parameters`,
          prepare: expandCommaLists,
          handle: async ({ params: [path = ""], body }) => {
            await mounts.tune(table, path, body as TuneInput);
            return {};
          },
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/sys/${segment}/(.+?)/?$`),
      ops: {
        read: {
          handle: ({ params: [path = ""] }) => ({ ...mounts.read(table, path), dataAtTop: true }),
        },
        update: {
          operationId: table === "auth" ? "auth-enable-method" : "mounts-enable-secrets-engine",
          prepare: (body) => expandCommaLists(body.config),
          handle: async ({ params: [path = ""], body }) => ({
            warnings: await mounts.enable(table, path, body as EnableInput),
          }),
        },
        delete: {
          handle: async ({ params: [path = ""] }) => {
            await mounts.disable(table, path);
            return {};
          },
        },
      },
    },
  ]);
}
