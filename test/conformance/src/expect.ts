// Assertions that fail with a message written for the reader: what was sent, what came back, and what the
// release the server is judged by does ("OpenBao 2.7.2 answers 400"): the engine puts the release's name
// where WHOSE stands.
import type { Answer } from "./http.js";

export class CheckFailure extends Error {}

/** Replaced by the release judged by ("OpenBao 2.7.2", "Vault 1.16.3") when the engine reports a failure. */
export const WHOSE = "\u0000whose\u0000";

const show = (a: Answer) => `${a.status} ${a.text.length > 300 ? `${a.text.slice(0, 300)}…` : a.text}`;

export function fail(message: string): never {
  throw new CheckFailure(message);
}

export function status(a: Answer, want: number, what: string): void {
  if (a.status !== want) fail(`${what}: received ${show(a)}; ${WHOSE} answers ${want}`);
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
      `${what}: errors were ${JSON.stringify(got)}; ${WHOSE} says ${accepted.map((t) => JSON.stringify(t)).join(" or ")}`,
    );
  }
}

export function equal(got: unknown, want: unknown, what: string): void {
  if (JSON.stringify(got) !== JSON.stringify(want))
    fail(`${what}: got ${JSON.stringify(got)}, ${WHOSE} gives ${JSON.stringify(want)}`);
}

export function truthy(value: unknown, what: string): void {
  if (!value) fail(what);
}
