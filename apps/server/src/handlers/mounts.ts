// HTTP for secrets engines (sys/mounts) and auth methods (sys/auth): the same six operations each.
import type { MountTable } from "../domain/records.js";
import { handler } from "../http/contract-types.js";
import { expandCommaLists } from "../services/mounts/mount-config.js";
import type { Services } from "../services/services.js";

const ids = {
  secret: {
    list: "mounts-list-secrets-engines",
    read: "mounts-read-configuration",
    enable: "mounts-enable-secrets-engine",
    disable: "mounts-disable-secrets-engine",
    readTune: "mounts-read-tuning-information",
    tune: "mounts-tune-configuration-parameters",
  },
  auth: {
    list: "auth-list-enabled-methods",
    read: "auth-read-configuration",
    enable: "auth-enable-method",
    disable: "auth-disable-method",
    readTune: "auth-read-tuning-information",
    tune: "auth-tune-configuration-parameters",
  },
} as const;

export function mountHandlers(table: MountTable, { mounts, tune }: Pick<Services, "mounts" | "tune">) {
  const id = ids[table];
  return {
    list: handler(id.list, async () => ({ data: await mounts.list(table), dataAtTop: true })),
    read: handler(id.read, async ({ path }) => ({
      ...(await mounts.read(table, path.path)),
      dataAtTop: true,
    })),
    enable: handler(
      id.enable,
      async ({ path, body, signal }) => ({ warnings: await mounts.enable(table, path.path, body, signal) }),
      (body) => expandCommaLists(body.config),
    ),
    disable: handler(id.disable, async ({ path }) => {
      await mounts.disable(table, path.path);
      return {};
    }),
    // sys/mounts/ and sys/auth/ are in http/handler.go injectDataIntoTopRoutes: tune reads too.
    readTune: handler(id.readTune, async ({ path }) => ({
      ...(await tune.read(table, path.path)),
      dataAtTop: true,
    })),
    tune: handler(
      id.tune,
      async ({ path, body }) => {
        await tune.write(table, path.path, body);
        return {};
      },
      expandCommaLists,
    ),
  };
}
