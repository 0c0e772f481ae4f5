// The one error type. Every failure a client can see is a VaultError, rendered by error-middleware.ts as
// Vault's {"errors": [...]}. Vault formats plain Go errors through go-multierror, handler validation
// errors (logical.ErrorResponse) as the bare message; the constructors say which one each case is.

/** go-multierror's text for a list of errors. */
export function multierror(messages: readonly string[]): string {
  const head = messages.length === 1 ? "1 error occurred:" : `${messages.length} errors occurred:`;
  return `${head}\n${messages.map((m) => `\t* ${m}`).join("\n")}\n\n`;
}

export class VaultError extends Error {
  readonly status: number;
  readonly errors: readonly string[];

  private constructor(status: number, errors: readonly string[]) {
    super(errors[0] ?? `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
  }

  /** logical.ErrorResponse: 400 with the bare message. */
  static badRequest(message: string): VaultError {
    return new VaultError(400, [message]);
  }

  /** A plain (or coded) error from a handler: multierror-wrapped, 500 unless coded. */
  static plain(message: string | readonly string[], status = 500): VaultError {
    return new VaultError(status, [multierror(typeof message === "string" ? [message] : message)]);
  }

  /** A status with a body of bare messages (possibly none). */
  static status(status: number, errors: readonly string[] = []): VaultError {
    return new VaultError(status, errors);
  }

  /** A read or list that found nothing: 404 with an empty errors array. */
  static notFound(): VaultError {
    return new VaultError(404, []);
  }

  static permissionDenied(shape: "bare" | "multierror" = "multierror"): VaultError {
    return shape === "bare"
      ? VaultError.status(403, ["permission denied"])
      : VaultError.plain("permission denied", 403);
  }

  static unsupportedPath(): VaultError {
    return VaultError.plain("unsupported path", 404);
  }

  /** vault/router.go: a path that no mount routes, answered by the router itself with the bare message. */
  static noRoute(path: string): VaultError {
    return VaultError.status(404, [`no handler for route "${path}". route entry not found.`]);
  }

  static unsupportedOperation(): VaultError {
    return VaultError.plain("unsupported operation", 405);
  }
}
