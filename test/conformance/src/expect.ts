// Assertions that fail with a message written for the reader: what was sent, what came back, what Vault does.
import type { Answer } from "./http.js";

export class CheckFailure extends Error {}

const show = (a: Answer) => `${a.status} ${a.text.length > 300 ? `${a.text.slice(0, 300)}…` : a.text}`;

export function fail(message: string): never {
  throw new CheckFailure(message);
}

export function status(a: Answer, want: number, what: string): void {
  if (a.status !== want) fail(`${what}: received ${show(a)}; Vault answers ${want}`);
}

/** Vault wraps plain errors in go-multierror ("1 error occurred:\n\t* …\n\n"); compare the messages inside. */
export function unwrap(message: string): string {
  return message
    .replace(/^\d+ errors? occurred:\n/, "")
    .replace(/^\t\* /gm, "")
    .trim();
}

/** The status, and an error that is (one of) Vault's texts, compared without the multierror wrapping. */
export function error(a: Answer, want: number, texts: string | string[], what: string): void {
  status(a, want, what);
  const got = Array.isArray(a.json?.errors) ? (a.json.errors as string[]).map(unwrap) : [];
  const accepted = (Array.isArray(texts) ? texts : [texts]).map(unwrap);
  if (!got.some((g) => accepted.some((t) => g.toLowerCase() === t.toLowerCase()))) {
    fail(
      `${what}: errors were ${JSON.stringify(got)}; Vault says ${accepted.map((t) => JSON.stringify(t)).join(" or ")}`,
    );
  }
}

export function equal(got: unknown, want: unknown, what: string): void {
  if (JSON.stringify(got) !== JSON.stringify(want))
    fail(`${what}: got ${JSON.stringify(got)}, Vault gives ${JSON.stringify(want)}`);
}

export function truthy(value: unknown, what: string): void {
  if (!value) fail(what);
}
