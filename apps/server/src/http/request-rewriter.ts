// Follows HTTP/1.1 request framing on a byte stream (request line, headers, Content-Length or chunked
// bodies, pipelined requests) and renames the method of every request line that says `LIST` to `LINK`,
// a method of the same length that Node's parser accepts. Body bytes are never touched, wherever the TCP
// segments split. The application maps LINK back to LIST (see operation.ts).

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
/** Longer header lines or chunk-size lines than this are not HTTP we rewrite: pass the rest through. */
const MAX_LINE = 64 * 1024;
const MAX_METHOD = 16;

type State =
  | { kind: "line-start"; method: number[] }
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
  let state: State = { kind: "line-start", method: [] };
  let line: number[] = [];
  let contentLength = 0;
  let chunked = false;
  let upgrade = false;
  let connectionUpgrade = false;
  let isConnect = false;

  function headerLine(text: string): void {
    const colon = text.indexOf(":");
    if (colon <= 0) return;
    const name = text.slice(0, colon).trim().toLowerCase();
    const value = text
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === "content-length") contentLength = Number.parseInt(value, 10) || 0;
    else if (name === "transfer-encoding") chunked = value.split(",").pop()?.trim() === "chunked";
    else if (name === "upgrade") upgrade = true;
    else if (name === "connection") connectionUpgrade = value.split(",").some((v) => v.trim() === "upgrade");
  }

  function endOfHeaders(): State {
    if (isConnect || (upgrade && connectionUpgrade)) return { kind: "passthrough" };
    if (chunked) return { kind: "chunk-size" };
    if (contentLength > 0) return { kind: "body", remaining: contentLength };
    return { kind: "line-start", method: [] };
  }

  /** Consumes bytes of a line up to LF; returns the index after LF, or -1 when the line goes on. */
  function takeLine(chunk: Buffer, from: number, keep: boolean): number {
    const lf = chunk.indexOf(LF, from);
    const end = lf === -1 ? chunk.length : lf;
    if (keep) {
      if (line.length + (end - from) > MAX_LINE) {
        state = { kind: "passthrough" };
        return chunk.length;
      }
      for (let i = from; i < end; i++) line.push(chunk[i] as number);
    }
    return lf === -1 ? -1 : lf + 1;
  }

  function lineText(): string {
    const text = Buffer.from(line).toString("latin1");
    line = [];
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }

  return {
    push(input: Buffer): Buffer {
      const out: Buffer[] = [];
      let chunk = input;
      let i = 0;
      while (i < chunk.length) {
        switch (state.kind) {
          case "passthrough":
            i = chunk.length;
            break;
          case "line-start": {
            const method = state.method;
            // Empty lines before a request line are allowed (RFC 9112 2.2): pass them on.
            if (method.length === 0 && (chunk[i] === CR || chunk[i] === LF)) {
              i++;
              break;
            }
            const b = chunk[i] as number;
            if (b === SP || method.length >= MAX_METHOD) {
              const name = Buffer.from(method).toString("latin1");
              isConnect = name === "CONNECT";
              const bytes = name === "LIST" ? Buffer.from("LINK", "latin1") : Buffer.from(method);
              // The method bytes were held back; put them out in front of the rest of this chunk.
              out.push(chunk.subarray(0, i), bytes);
              chunk = chunk.subarray(i);
              i = 0;
              contentLength = 0;
              chunked = false;
              upgrade = false;
              connectionUpgrade = false;
              state = { kind: "request-line" };
              break;
            }
            method.push(b);
            // Hold the method bytes back: they are emitted once the method is known.
            out.push(chunk.subarray(0, i));
            chunk = chunk.subarray(i + 1);
            i = 0;
            break;
          }
          case "request-line": {
            const next = takeLine(chunk, i, false);
            if (next === -1) i = chunk.length;
            else {
              i = next;
              state = { kind: "header-line" };
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
            if (text === "")
              state = state.kind === "header-line" ? endOfHeaders() : { kind: "line-start", method: [] };
            else if (state.kind === "header-line") headerLine(text);
            break;
          }
          case "body":
          case "chunk-data": {
            const n = Math.min(state.remaining, chunk.length - i);
            i += n;
            state.remaining -= n;
            if (state.remaining === 0) {
              state = state.kind === "body" ? { kind: "line-start", method: [] } : { kind: "chunk-end" };
            }
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
      out.push(chunk);
      return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
    },
  };
}
