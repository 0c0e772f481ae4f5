// Domain errors: what went wrong, as a code and the words the rules use. Services, ports and adapters
// throw these and never an HTTP status; the HTTP edge (http/error-codes.ts) maps each code to Vault's
// status and body shape in one table.

export const errorCodes = [
  /** The request breaks a rule; the message says which (Vault: logical.ErrorResponse, 400). */
  "invalid_request",
  /** A read or list found nothing (404 with no message). */
  "not_found",
  /** A named thing the request needs is missing, with a message (a coded 404). */
  "missing",
  /** An operation the target refuses outright (a coded 403). */
  "forbidden",
  /** The mount path overlaps an existing mount (a coded 409). */
  "mount_path_in_use",
  /** The pinned version of a plugin cannot be deleted. */
  "version_pinned",
  /** A pin names a catalog entry that does not exist. */
  "pin_target_missing",
  /** A plugin cannot be run or reloaded (its binary is missing, or its checksum differs). */
  "plugin_failed",
  /** An operation failed for a reason the message gives (Vault: a plain Go error from a handler, 500). */
  "operation_failed",
  /** A reload failed on some mounts (Vault: the handler's plain error, 500; OpenBao: handleError, 400). */
  "reload_failed",
  /** The storage refuses work: the server is stopping. */
  "unavailable",
  /** A token given in a request's body is unknown (Vault: ErrorResponse with ErrPermissionDenied, 403). */
  "token_denied",
  /** A named input is invalid, in a plain error's words (Vault: logical.StatusBadRequest, 400 multierror). */
  "bad_input",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** The messages, in order; one for most errors, several when an operation collects them. */
  readonly messages: readonly string[];

  constructor(code: ErrorCode, messages: string | readonly string[] = []) {
    const list = typeof messages === "string" ? [messages] : messages;
    super(list[0] ?? code);
    this.code = code;
    this.messages = list;
  }
}

/** Shorthands for the common cases. */
export const invalid = (message: string) => new DomainError("invalid_request", message);
export const notFound = () => new DomainError("not_found");
export const failed = (messages: string | readonly string[]) => new DomainError("operation_failed", messages);

/** A plugin cannot start: its catalog entry is missing, or its binary fails the checks. */
export class PluginRunError extends DomainError {
  constructor(message: string) {
    super("plugin_failed", message);
  }
}
