// The storage port's invariants (ports/storage.ts), as checks any adapter can run inside its transaction.
import { DomainError } from "./errors.js";
import type { CatalogRecord, MountRecord, PinRecord, ReloadRecord } from "./records.js";

/** Within a table, no mount path may be a prefix of another: returns the mount in the way, if any. */
export const findPathClash = (mounts: Iterable<MountRecord>, path: string): MountRecord | undefined => {
  for (const m of mounts) if (m.path.startsWith(path) || path.startsWith(m.path)) return m;
  return undefined;
};

export const pathInUse = (existing: MountRecord) =>
  new DomainError("mount_path_in_use", `path is already in use at ${existing.path}`);

/** A pin must name an existing catalog entry. */
export function checkPinTarget(pin: PinRecord, entry: CatalogRecord | undefined): void {
  if (!entry) {
    throw new DomainError(
      "pin_target_missing",
      `plugin not found in the catalog; ${pin.type} plugin "${pin.name}" version ${pin.version} does not exist`,
    );
  }
}

/** The pinned version of a plugin cannot be deleted. */
export function checkNotPinned(version: string, pin: PinRecord | undefined): void {
  if (pin && pin.version === version)
    throw new DomainError("version_pinned", "cannot delete a pinned version");
}

/** Adds a reload's results to the list, oldest first, keeping the newest `keep`. */
export function addReload(list: readonly ReloadRecord[], record: ReloadRecord, keep: number): ReloadRecord[] {
  const existing = list.find((r) => r.reload_id === record.reload_id);
  const merged = existing ? { ...existing, results: { ...existing.results, ...record.results } } : record;
  const rest = list.filter((r) => r.reload_id !== record.reload_id);
  return [...rest, merged].slice(-keep);
}
