// Follows HTTP/1.1 request framing on a byte stream (request line, headers, Content-Length or chunked
// bodies, pipelined requests) and renames the method of every request line that says `LIST` to `LINK`,
// a method of the same length that Node's parser accepts. Body bytes are never touched, wherever the TCP
// segments split. The application maps LINK back to LIST (see operation.ts).
//
// The rename happens in place in the incoming buffer. A request whose head arrives whole (the usual case)
// is read with one search for the end of its head; a head split across segments is read line by line.

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
/** Longer header lines or chunk-size lines than this are not HTTP we rewrite: pass the rest through. */
const MAX_LINE = 64 * 1024;
const MAX_METHOD = 16;
const HEAD_END = Buffer.from("\r\n\r\n", "latin1");
const framingHeaders =
  /(?:^|\n)(content-length|transfer-encoding|upgrade|connection)[ \t]*:[ \t]*([^\r\n]*)/gi;

type State =
  | { kind: "line-start" }
  | { kind: "request-line" }
  | { kind: "header-line" }
  | { kind: "body"; remaining: number }
  | { kind: "chunk-size" }
  | { kind: "chunk-data"; remaining: number }
  | { kind: "chunk-end" }
  | { kind: "trailer-line" }
  | { kind: "passthrough" };

export interface RequestRewriter {
  /** Feeds bytes from the client; returns the bytes to hand to the HTTP parser (possibly fewer, held back). */
  push(chunk: Buffer): Buffer;
}

export function createRequestRewriter(): RequestRewriter {
  let state: State = { kind: "line-start" };
  /** The start of a request line whose method is not complete yet, held back until it is. */
  let held: Buffer | undefined;
  /** The current header or chunk-size line, as the pieces of it seen so far. */
  let line: Buffer[] = [];
  let lineLength = 0;
  let contentLength = 0;
  let chunked = false;
  let upgrade = false;
  let connectionUpgrade = false;
  let isConnect = false;

  function header(name: string, rawValue: string): void {
    const value = rawValue.trim().toLowerCase();
    switch (name.toLowerCase()) {
      case "content-length":
        contentLength = Number.parseInt(value, 10) || 0;
        break;
      case "transfer-encoding":
        chunked = value.split(",").pop()?.trim() === "chunked";
        break;
      case "upgrade":
        upgrade = true;
        break;
      case "connection":
        connectionUpgrade = value.split(",").some((v) => v.trim() === "upgrade");
        break;
    }
  }

  function headerLine(text: string): void {
    const colon = text.indexOf(":");
    if (colon > 0) header(text.slice(0, colon).trim(), text.slice(colon + 1));
  }

  function endOfHeaders(): State {
    if (isConnect || (upgrade && connectionUpgrade)) return { kind: "passthrough" };
    if (chunked) return { kind: "chunk-size" };
    if (contentLength > 0) return { kind: "body", remaining: contentLength };
    return { kind: "line-start" };
  }

  /** Consumes bytes of a line up to LF; returns the index after LF, or -1 when the line goes on. */
  function takeLine(chunk: Buffer, from: number, keep: boolean): number {
    const lf = chunk.indexOf(LF, from);
    const end = lf === -1 ? chunk.length : lf;
    if (keep) {
      lineLength += end - from;
      if (lineLength > MAX_LINE) {
        state = { kind: "passthrough" };
        return chunk.length;
      }
      line.push(chunk.subarray(from, end));
    }
    return lf === -1 ? -1 : lf + 1;
  }

  function lineText(): string {
    const text = (line.length === 1 ? (line[0] as Buffer) : Buffer.concat(line)).toString("latin1");
    line = [];
    lineLength = 0;
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }

  return {
    push(input: Buffer): Buffer {
      const chunk = held ? Buffer.concat([held, input]) : input;
      held = undefined;
      let i = 0;
      while (i < chunk.length) {
        switch (state.kind) {
          case "passthrough":
            i = chunk.length;
            break;
          case "line-start": {
            // Empty lines before a request line are allowed (RFC 9112 2.2): pass them on.
            if (chunk[i] === CR || chunk[i] === LF) {
              i++;
              break;
            }
            const space = chunk.indexOf(SP, i);
            if (space === -1 && chunk.length - i <= MAX_METHOD) {
              // The method goes on in the next segment: hold this much back.
              held = Buffer.from(chunk.subarray(i));
              return chunk.subarray(0, i);
            }
            const methodEnd = space === -1 || space - i > MAX_METHOD ? -1 : space;
            if (methodEnd - i === 4 && chunk.toString("latin1", i, methodEnd) === "LIST") {
              chunk[i + 2] = 0x4e; // N
              chunk[i + 3] = 0x4b; // K
            }
            isConnect = methodEnd - i === 7 && chunk.toString("latin1", i, methodEnd) === "CONNECT";
            contentLength = 0;
            chunked = false;
            upgrade = false;
            connectionUpgrade = false;
            state = { kind: "request-line" };
            i = methodEnd === -1 ? i : methodEnd;
            break;
          }
          case "request-line": {
            const next = takeLine(chunk, i, false);
            if (next === -1) {
              i = chunk.length;
              break;
            }
            i = next;
            state = { kind: "header-line" };
            // The whole head is here: read it in one pass.
            if (lineLength === 0) {
              const end = chunk[i] === CR && chunk[i + 1] === LF ? i - 2 : chunk.indexOf(HEAD_END, i);
              if (end !== -1) {
                if (end > i) {
                  const block = chunk.toString("latin1", i, end);
                  for (const m of block.matchAll(framingHeaders)) header(m[1] as string, m[2] as string);
                }
                i = end + 4;
                state = endOfHeaders();
              }
            }
            break;
          }
          case "header-line":
          case "trailer-line": {
            const next = takeLine(chunk, i, true);
            if (next === -1) {
              i = chunk.length;
              break;
            }
            i = next;
            const text = lineText();
            if (text === "") state = state.kind === "header-line" ? endOfHeaders() : { kind: "line-start" };
            else if (state.kind === "header-line") headerLine(text);
            break;
          }
          case "body":
          case "chunk-data": {
            const n = Math.min(state.remaining, chunk.length - i);
            i += n;
            state.remaining -= n;
            if (state.remaining === 0)
              state = state.kind === "body" ? { kind: "line-start" } : { kind: "chunk-end" };
            break;
          }
          case "chunk-size": {
            const next = takeLine(chunk, i, true);
            if (next === -1) {
              i = chunk.length;
              break;
            }
            i = next;
            const size = Number.parseInt(lineText().split(";")[0]?.trim() ?? "", 16);
            if (Number.isNaN(size)) state = { kind: "passthrough" };
            else if (size === 0) state = { kind: "trailer-line" };
            else state = { kind: "chunk-data", remaining: size };
            break;
          }
          case "chunk-end": {
            const next = takeLine(chunk, i, false);
            if (next === -1) i = chunk.length;
            else {
              i = next;
              state = { kind: "chunk-size" };
            }
            break;
          }
        }
      }
      return chunk;
    },
  };
}
