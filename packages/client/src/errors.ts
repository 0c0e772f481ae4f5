// What the client throws: a VaultResponseError for any answer outside 2xx (with Vault's errors and the
// request that failed), a VaultConnectionError when no answer came (refused, unreachable, timed out).

export class VaultResponseError extends Error {
  override readonly name = "VaultResponseError";
  readonly status: number;
  /** Vault's `errors` array (empty when Vault sent none, as for a missing item). */
  readonly errors: string[];
  readonly method: string;
  /** The URL requested (it never holds the token). */
  readonly url: string;

  constructor(status: number, errors: string[], method: string, url: string) {
    const detail = errors.map((e) => e.replace(/^\d+ errors? occurred:\n\t\* /, "").trim()).join("; ");
    super(`${method} ${url}: ${status}${detail ? ` ${detail}` : ""}`);
    this.status = status;
    this.errors = errors;
    this.method = method;
    this.url = url;
  }
}

/** No answer from the server: the connection was refused, the name did not resolve, TLS failed, or the
 *  call was aborted or timed out. `cause` is the underlying error; `code` its code when it has one. */
export class VaultConnectionError extends Error {
  override readonly name = "VaultConnectionError";
  /** The server address the client was given, e.g. http://127.0.0.1:8200. */
  readonly address: string;
  readonly method: string;
  readonly url: string;
  /** ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, ..., "TimeoutError" or "AbortError". */
  readonly code: string;

  constructor(address: string, method: string, url: string, cause: unknown) {
    const { code, detail } = describeCause(cause, address);
    super(`${method} ${url}: cannot reach ${address}: ${detail}`, { cause });
    this.address = address;
    this.method = method;
    this.url = url;
    this.code = code;
  }
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** fetch wraps the socket's error (sometimes an AggregateError of one per address) in "fetch failed". */
function describeCause(cause: unknown, address: string): { code: string; detail: string } {
  let e = cause as ErrorLike | undefined;
  let innermost = cause as ErrorLike | undefined;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    if (e.name === "TimeoutError") return { code: "TimeoutError", detail: "timed out" };
    if (e.name === "AbortError") return { code: "AbortError", detail: "aborted" };
    // https:// against a server without TLS: OpenSSL's "ssl3_get_record:wrong version number".
    if (e.code === "ERR_SSL_WRONG_VERSION_NUMBER")
      return {
        code: e.code,
        detail: `the server answered in plain HTTP, not TLS: use ${address.replace(/^https:/, "http:")}`,
      };
    if (typeof e.code === "string" && !e.code.startsWith("UND_ERR_") && e.message)
      return { code: e.code, detail: String(e.message) };
    innermost = e;
    const inner: unknown =
      e.cause ?? (Array.isArray(e.errors) && e.errors.length > 0 ? e.errors[0] : undefined);
    if (!inner) break;
    e = inner as ErrorLike;
  }
  // No code anywhere (fetch's "bad port", an invalid URL): the innermost message says most.
  const code = typeof innermost?.code === "string" ? innermost.code : "";
  return { code, detail: String(innermost?.message ?? cause) };
}

export const isVaultResponseError = (err: unknown): err is VaultResponseError =>
  err instanceof VaultResponseError;
/** True for a 404: nothing at that path, or no such item. */
export const isNotFound = (err: unknown): err is VaultResponseError =>
  err instanceof VaultResponseError && err.status === 404;
/** True for a 403: the token is missing, invalid or lacks the capability. */
export const isPermissionDenied = (err: unknown): err is VaultResponseError =>
  err instanceof VaultResponseError && err.status === 403;
/** True for a 405: the server has no such operation (OpenBao or an older Vault, for pins and reloads). */
export const isUnsupported = (err: unknown): err is VaultResponseError =>
  err instanceof VaultResponseError && err.status === 405;
export const isConnectionError = (err: unknown): err is VaultConnectionError =>
  err instanceof VaultConnectionError;
