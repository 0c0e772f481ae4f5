// What registration learns by running the binary (vault/plugincatalog setInternal): a type not given is
// found by running it (every attempt failing is a 500 naming each); the version it reports must be the
// one requested (400 plugin version mismatch), and is the one stored when none was requested. Running it
// is best effort otherwise: a binary that cannot run is still registered when its type is given.
import { failed, invalid } from "../../domain/errors.js";
import type { PluginType } from "../../domain/plugin-type.js";
import type { CatalogRecord } from "../../domain/records.js";
import { catalogVersion } from "../../domain/versions.js";
import type { PluginRuntime } from "../../ports/runtime.js";

export async function learnByRunning(
  runtime: Pick<PluginRuntime, "inspect">,
  record: CatalogRecord,
  signal?: AbortSignal,
): Promise<CatalogRecord & { type: PluginType }> {
  const seen = await runtime.inspect(record, record.type, signal);
  if (!seen.ok) {
    if (record.type === "unknown") throw failed(seen.errors);
    return { ...record, type: record.type };
  }
  const learned = { ...record, type: seen.type };
  if (!seen.version) return learned;
  let reported: string;
  try {
    reported = catalogVersion(seen.version);
  } catch {
    throw failed(`plugin self-reported version "${seen.version}" is not a valid semantic version`);
  }
  if (!record.version) return { ...learned, version: reported };
  if (reported !== record.version) {
    throw invalid(
      `plugin version mismatch: ${record.name} reported version (${seen.version}) did not match requested version (${record.version})`,
    );
  }
  return learned;
}
