// A request body that JSON.parse refuses, read as OpenBao's Go decoder reads it (internal/http parseJSONRequest
// decodes one value from the stream): the first value, or the decoder's error text. Two dialects, measured
// on the real releases (go-json-decoder.test.ts holds every shape measured, with both answers):
// - "go-stream-1" (OpenBao 2.6.1): encoding/json's scanner; a bad first object key is reported without
//   context ("invalid character 'n'"), as its stream decoder's token error words it.
// - "go-stream-2" (OpenBao 2.7.x): a bad first key is read as a value ("invalid character 'o' in literal
//   null (expecting 'u')"), a missing value is "missing value after object key", a trailing comma is
//   reported at the comma, and bad escapes are "invalid escape sequence `\x` in string".
// Both accept a second value after the first (it is read and dropped) and refuse anything else after it.

import type { GoJsonDialect } from "../ports/flavor.js";

export type GoDecoded = { value: unknown } | { error: string };

class Syntax extends Error {}

/** Go's quoteChar: the character in single quotes, escaped as strconv.Quote would. */
export function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c).slice(1, -1);
  return `'${q.replace(/\\u00([0-9a-f]{2})/g, "\\x$1")}'`;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const LITERALS: Record<string, string> = { t: "true", f: "false", n: "null" };

function decoder(text: string, dialect: GoJsonDialect) {
  let i = 0;
  const v2 = dialect === "go-stream-2";
  const eof = () => new Syntax("unexpected EOF");
  const bad = (c: string, context: string) => new Syntax(`invalid character ${quoteChar(c)}${context}`);
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const peek = () => {
    skip();
    if (i >= text.length) throw eof();
    return text[i] as string;
  };

  function literal(): unknown {
    const word = LITERALS[text[i] as string] as string;
    for (let k = 1; k < word.length; k++) {
      const c = text[i + k];
      if (c === undefined) throw eof();
      if (c !== word[k]) throw bad(c, ` in literal ${word} (expecting ${quoteChar(word[k] as string)})`);
    }
    i += word.length;
    return word === "true" ? true : word === "false" ? false : null;
  }

  function number(): number {
    const start = i;
    const digits = (context: string) => {
      const c = text[i];
      if (c === undefined) throw eof();
      if (!/[0-9]/.test(c)) throw bad(c, context);
      while (i < text.length && /[0-9]/.test(text[i] as string)) i++;
    };
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits(" in numeric literal");
    if (text[i] === ".") {
      i++;
      digits(" after decimal point in numeric literal");
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits(" in exponent of numeric literal");
    }
    return Number(text.slice(start, i));
  }

  function string(): string {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw eof();
      if (c === '"') break;
      if (c < " ") throw bad(c, " in string literal");
      if (c === "\\") {
        const e = text[i + 1];
        if (e === undefined) throw eof();
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            const h = text[i + k];
            if (h === undefined) throw eof();
            if (!/[0-9a-fA-F]/.test(h)) throw bad(h, " in \\u hexadecimal character escape");
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) {
          throw v2
            ? new Syntax(`invalid escape sequence \`\\${e}\` in string`)
            : bad(e, " in string escape code");
        }
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  }

  function value(): unknown {
    const c = peek();
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c in LITERALS) return literal();
    if (c === "-" || /[0-9]/.test(c)) return number();
    throw bad(c, " looking for beginning of value");
  }

  /** Where a key is due: go-stream-2 reads what is there as a value (a comma before a closing brace is the error). */
  function key(first: boolean, comma: number): string {
    const c = peek();
    if (c === '"') return string();
    if (!v2) throw bad(c, first ? "" : " looking for beginning of object key string");
    if (!first && c === "}") throw bad(text[comma] as string, " looking for beginning of value");
    value();
    throw bad(c, " looking for beginning of value");
  }

  function object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    i++;
    if (peek() === "}") {
      i++;
      return out;
    }
    let comma = -1;
    for (;;) {
      const k = key(comma < 0, comma);
      const colon = peek();
      if (colon !== ":") throw bad(colon, " after object key");
      i++;
      const c = peek();
      if (v2 && c === "}") throw new Syntax("missing value after object key");
      out[k] = value();
      const next = peek();
      if (next === "}") {
        i++;
        return out;
      }
      if (next !== ",") throw bad(next, " after object key:value pair");
      comma = i;
      i++;
    }
  }

  function array(): unknown[] {
    const out: unknown[] = [];
    i++;
    if (peek() === "]") {
      i++;
      return out;
    }
    for (;;) {
      const c = peek();
      if (v2 && out.length > 0 && (c === "]" || c === "}")) {
        throw bad(",", " looking for beginning of value");
      }
      out.push(value());
      const next = peek();
      if (next === "]") {
        i++;
        return out;
      }
      if (next !== ",") throw bad(next, " after array element");
      i++;
    }
  }

  return {
    decode(): GoDecoded {
      try {
        const first = value();
        // The values after the first are read (and dropped) until the body ends or one is malformed.
        for (let n = 0; n < text.length; n++) {
          skip();
          if (i >= text.length) break;
          value();
        }
        return { value: first };
      } catch (err) {
        if (err instanceof Syntax) return { error: err.message };
        throw err;
      }
    },
  };
}

/** The first JSON value of `text` as OpenBao's Go decoder reads it, or its error text. */
export const goDecode = (text: string, dialect: GoJsonDialect): GoDecoded => decoder(text, dialect).decode();
