// Raw HTTP/1.1 over one TCP connection, for tests of framing, pipelining and timeouts: sends bytes in the
// pieces given and reads the responses back by their own framing (Content-Length; 204/304/HEAD have none).
import net from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The complete responses at the start of `bytes`; `heads` lists the requests that were HEAD, in order. */
export function parseResponses(bytes: string, heads: boolean[] = []): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  for (;;) {
    const end = bytes.indexOf("\r\n\r\n", at);
    if (end === -1) return out;
    const [statusLine, ...lines] = bytes.slice(at, end).split("\r\n");
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? "")?.[1]);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length =
      status === 204 || status === 304 || heads[out.length] ? 0 : Number(headers["content-length"] ?? 0);
    if (bytes.length < end + 4 + length) return out;
    out.push({ status, headers, body: bytes.slice(end + 4, end + 4 + length) });
    at = end + 4 + length;
  }
}

export interface Exchange {
  responses: RawResponse[];
  /** Everything received, as latin1. */
  raw: string;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/**
 * Sends `pieces` on one connection (one write each, a turn of the event loop apart) and resolves once
 * `expect` responses are complete, or the server closes, or `timeoutMs` passes (then it rejects).
 */
export function exchange(
  url: string,
  pieces: Array<string | Buffer>,
  options: {
    expect?: number;
    heads?: boolean[];
    timeoutMs?: number;
    untilClosed?: boolean;
    /** Pause between pieces (a slow client); by default one turn of the event loop. */
    delayMs?: number;
  } = {},
): Promise<Exchange> {
  const { port } = new URL(url);
  const expected = options.expect ?? Number.POSITIVE_INFINITY;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    socket.setNoDelay(true);
    let raw = "";
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(raw, options.heads), raw, closed });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`timed out; received ${JSON.stringify(raw.slice(0, 2000))}`));
    }, options.timeoutMs ?? 8000);
    socket.on("data", (d) => {
      raw += d.toString("latin1");
      if (!options.untilClosed && parseResponses(raw, options.heads).length >= expected) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("error", () => {});
    socket.on("connect", async () => {
      for (const piece of pieces) {
        if (socket.destroyed) return;
        socket.write(piece);
        await new Promise((r) => (options.delayMs ? setTimeout(r, options.delayMs) : setImmediate(r)));
      }
    });
  });
}

/** One request as bytes. */
export function rawRequest(
  method: string,
  path: string,
  options: { token?: string; body?: string; headers?: string[] } = {},
): string {
  const lines = [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1"];
  if (options.token) lines.push(`X-Vault-Token: ${options.token}`);
  lines.push(...(options.headers ?? []));
  if (options.body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(options.body)}`);
  return `${lines.join("\r\n")}\r\n\r\n${options.body ?? ""}`;
}
