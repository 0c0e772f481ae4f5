// The one table from domain error codes to Vault's statuses and body shapes. Vault writes a handler's
// validation error (logical.ErrorResponse) as the bare message and a plain Go error through
// go-multierror; a coded error keeps its status. A flavour may answer a code with another status, and
// word a message its own way.
import type { DomainError, ErrorCode } from "../domain/errors.js";
import type { Flavor } from "../ports/flavor.js";
import { VaultError } from "./vault-error.js";

type Shape = "bare" | "multierror";

const table: Record<ErrorCode, { status: number; shape: Shape }> = {
  invalid_request: { status: 400, shape: "bare" },
  not_found: { status: 404, shape: "bare" },
  missing: { status: 404, shape: "multierror" },
  forbidden: { status: 403, shape: "multierror" },
  mount_path_in_use: { status: 409, shape: "bare" },
  pin_target_missing: { status: 400, shape: "bare" },
  version_pinned: { status: 500, shape: "multierror" },
  plugin_failed: { status: 400, shape: "bare" },
  operation_failed: { status: 500, shape: "multierror" },
  reload_failed: { status: 500, shape: "multierror" },
  unavailable: { status: 503, shape: "bare" },
  token_denied: { status: 403, shape: "bare" },
  bad_input: { status: 400, shape: "multierror" },
};

export function toVaultError(
  err: DomainError,
  flavor: Pick<Flavor, "errors"> & Partial<Pick<Flavor, "text">>,
): VaultError {
  const override = flavor.errors[err.code];
  const { status, shape } = {
    ...table[err.code],
    ...(typeof override === "number" ? { status: override } : override),
  };
  const messages = err.messages.map((m) => flavor.text?.(err.code, m) ?? m);
  return shape === "bare" ? VaultError.status(status, messages) : VaultError.plain(messages, status);
}
