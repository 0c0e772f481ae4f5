// The one error the client throws: any answer outside 2xx, with Vault's errors and the request that failed.

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

/** True for a 404: nothing at that path, or no such item. */
export const isNotFound = (err: unknown): boolean => err instanceof VaultResponseError && err.status === 404;
