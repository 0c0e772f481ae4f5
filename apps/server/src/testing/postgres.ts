// For tests that need a real PostgreSQL: whether one can run here, failing in CI (CI=true) when it cannot
// and otherwise printing why the test is skipped.
import { findPostgres } from "../postgres/server.js";

/** Undefined when PostgreSQL can run here; else the printed reason to skip `what`. Throws in CI. */
export function postgresMissing(what: string): string | undefined {
  const found = findPostgres();
  if (!("missing" in found)) return undefined;
  if (process.env.CI) throw new Error(`CI must run ${what}: ${found.missing}`);
  console.warn(`skipping ${what}: ${found.missing}`);
  return found.missing;
}
