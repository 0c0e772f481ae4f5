// A reader of the part of HCL version 1 that ACL policies use (hashicorp/hcl v1, which both products parse
// policies with): items of one or more keys (identifiers or quoted strings) followed by `= value` or by an
// object `{ ... }`; values are strings (with Go escapes), heredocs (<<EOF, <<-EOF), numbers, booleans,
// lists and objects; comments are #, // and /* */. Items and list elements may be separated by commas.
// Text that starts with `{` is JSON, as hcl v1 decides, and is read into the same shape (an object's
// nested objects become items with several keys, as hcl's JSON parser flattens them).
// No npm package reads HCL 1 and is kept up (the maintained ones read HCL 2), hence this file.

export type Value =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "list"; items: Value[] }
  | { kind: "object"; items: Item[] };

export interface Item {
  keys: string[];
  value: Value;
  /** 1-based line of the item's first key. */
  line: number;
}

export class HclError extends Error {}

interface Token {
  type: "ident" | "string" | "heredoc" | "number" | "bool" | "{" | "}" | "[" | "]" | "=" | "," | "eof";
  text: string;
  value?: string | number | boolean;
  line: number;
  col: number;
}

const names: Record<Token["type"], string> = {
  ident: "IDENT",
  string: "STRING",
  heredoc: "HEREDOC",
  number: "NUMBER",
  bool: "BOOL",
  "{": "LBRACE",
  "}": "RBRACE",
  "[": "LBRACK",
  "]": "RBRACK",
  "=": "ASSIGN",
  ",": "COMMA",
  eof: "EOF",
};

const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", "/": "/" };

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (type: Token["type"], text: string, start: number, value?: Token["value"]): Token => ({
    type,
    text,
    line,
    col: start - lineStart + 1,
    ...(value === undefined ? {} : { value }),
  });
  const fail = (message: string, pos = i): never => {
    throw new HclError(`At ${line}:${pos - lineStart + 1}: ${message}`);
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === "\n") {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#" || (c === "/" && src[i + 1] === "/")) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      if (end === -1) fail("comment not terminated");
      for (let j = i; j < end; j++) {
        if (src[j] === "\n") {
          line++;
          lineStart = j + 1;
        }
      }
      i = end + 2;
      continue;
    }
    if ("{}[]=,".includes(c)) {
      out.push(at(c as Token["type"], c, i));
      i++;
      continue;
    }
    if (c === '"') {
      const start = i;
      let value = "";
      i++;
      for (;;) {
        const d = src[i];
        if (d === undefined || d === "\n") fail("literal not terminated", start);
        if (d === '"') break;
        if (d === "\\") {
          const e = src[i + 1] as string;
          if (e === "u") {
            value += String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          if (!(e in escapes)) fail("unknown escape sequence", i);
          value += escapes[e];
          i += 2;
          continue;
        }
        value += d;
        i++;
      }
      i++;
      out.push(at("string", src.slice(start, i), start, value));
      continue;
    }
    if (c === "<" && src[i + 1] === "<") {
      const start = i;
      const indent = src[i + 2] === "-";
      const nl = src.indexOf("\n", i);
      if (nl === -1) fail("heredoc not terminated");
      const anchor = src.slice(i + (indent ? 3 : 2), nl).trim();
      if (!/^\w+$/.test(anchor)) fail("invalid heredoc anchor");
      const lines: string[] = [];
      let j = nl + 1;
      for (;;) {
        if (j > src.length) fail("heredoc not terminated", start);
        const end = src.indexOf("\n", j);
        const text = src.slice(j, end === -1 ? src.length : end);
        line++;
        lineStart = j;
        if ((indent ? text.trim() : text.replace(/\r$/, "")) === anchor) {
          i = end === -1 ? src.length : end;
          break;
        }
        lines.push(text);
        j = end === -1 ? src.length + 1 : end + 1;
      }
      let body = lines;
      if (indent) {
        const widths = lines
          .filter((l) => l.trim())
          .map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length);
        const cut = widths.length ? Math.min(...widths) : 0;
        body = lines.map((l) => l.slice(cut));
      }
      out.push(at("heredoc", "<<", start, body.length ? `${body.join("\n")}\n` : ""));
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i));
    if (number && (c === "-" || /\d/.test(c))) {
      out.push(at("number", number[0], i, Number(number[0])));
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][\w.\-:]*/.exec(src.slice(i));
    if (ident) {
      const text = ident[0];
      out.push(
        text === "true" || text === "false"
          ? at("bool", text, i, text === "true")
          : at("ident", text, i, text),
      );
      i += text.length;
      continue;
    }
    fail(`illegal char ${JSON.stringify(c)}`);
  }
  out.push(at("eof", "", i));
  return out;
}

function parseTokens(tokens: Token[]): Item[] {
  let p = 0;
  const peek = () => tokens[p] as Token;
  const next = () => tokens[p++] as Token;
  const fail = (t: Token, message: string): never => {
    throw new HclError(`At ${t.line}:${t.col}: ${message}`);
  };

  function objectList(closing: boolean): Item[] {
    const items: Item[] = [];
    for (;;) {
      const t = peek();
      if (t.type === "eof") {
        if (closing) fail(t, "object expected closing RBRACE got: EOF");
        return items;
      }
      if (t.type === "}") {
        if (!closing) fail(t, "expected start of object ('{') or assignment ('=')");
        return items;
      }
      items.push(objectItem());
      if (peek().type === ",") next();
    }
  }

  function objectItem(): Item {
    const first = peek();
    const keys: string[] = [];
    while (peek().type === "ident" || peek().type === "string") keys.push(String(next().value));
    if (keys.length === 0) fail(first, `expected: IDENT | STRING got: ${names[first.type]}`);
    const t = next();
    if (t.type === "=") {
      if (keys.length > 1) fail(t, `nested object expected: LBRACE got: ASSIGN`);
      return { keys, value: value(), line: first.line };
    }
    if (t.type === "{") {
      const items = objectList(true);
      next();
      return { keys, value: { kind: "object", items }, line: first.line };
    }
    return fail(t, `key '${keys.join(" ")}' expected start of object ('{') or assignment ('=')`);
  }

  function value(): Value {
    const t = next();
    switch (t.type) {
      case "string":
      case "heredoc":
        return { kind: "string", value: String(t.value) };
      case "number":
        return { kind: "number", value: Number(t.value) };
      case "bool":
        return { kind: "bool", value: Boolean(t.value) };
      case "[": {
        const items: Value[] = [];
        for (;;) {
          if (peek().type === "]") {
            next();
            return { kind: "list", items };
          }
          if (peek().type === "eof") fail(peek(), "list expected closing RBRACK got: EOF");
          items.push(value());
          const sep = peek();
          if (sep.type === ",") next();
          else if (sep.type !== "]") fail(sep, `list expected comma or list end, got: ${names[sep.type]}`);
        }
      }
      case "{": {
        const items = objectList(true);
        next();
        return { kind: "object", items };
      }
      default:
        return fail(t, `Unknown token: ${t.line}:${t.col} ${names[t.type]} ${t.text}`);
    }
  }

  return objectList(false);
}

function fromJson(v: unknown, line: number): Value {
  if (typeof v === "string") return { kind: "string", value: v };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (Array.isArray(v)) {
    // hcl's JSON parser reads a list of objects as repeated blocks; of other values, as a list.
    if (v.length > 0 && v.every((x) => x && typeof x === "object" && !Array.isArray(x))) {
      return { kind: "object", items: v.flatMap((x) => objectItems(x as Record<string, unknown>, line)) };
    }
    return { kind: "list", items: v.map((x) => fromJson(x, line)) };
  }
  if (v && typeof v === "object")
    return { kind: "object", items: objectItems(v as Record<string, unknown>, line) };
  throw new HclError(`At ${line}:1: unexpected null`);
}

/** An object's keys as items, in order. */
function objectItems(o: Record<string, unknown>, line: number): Item[] {
  return Object.entries(o).map(([key, v]) => ({ keys: [key], value: fromJson(v, line), line }));
}

/**
 * The top level of a JSON document: a key whose value is an object of objects (`"path": {"a/*": {...}}`)
 * becomes one item per inner key with two keys, as hcl's JSON parser reads blocks.
 */
function topItems(o: Record<string, unknown>): Item[] {
  const items: Item[] = [];
  for (const item of objectItems(o, 1)) {
    const v = item.value;
    if (v.kind === "object" && v.items.length > 0 && v.items.every((i) => i.value.kind === "object")) {
      for (const inner of v.items)
        items.push({ keys: [...item.keys, ...inner.keys], value: inner.value, line: 1 });
    } else items.push(item);
  }
  return items;
}

/** The items of an HCL 1 (or JSON) document; throws HclError with hcl's position prefix. */
export function parseHcl(src: string): Item[] {
  if (src.trimStart().startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(src);
    } catch (err) {
      throw new HclError(`At 1:1: ${(err as Error).message}`);
    }
    if (!data || typeof data !== "object" || Array.isArray(data))
      throw new HclError("At 1:1: expected an object");
    return topItems(data as Record<string, unknown>);
  }
  return parseTokens(lex(src));
}
