// How the server holds its connections. Every connection runs on Node's native HTTP parser; a connection
// that sends a request Node's parser refuses is taken back from it: a LIST goes to the rewriting front
// (list-front.ts) from that request on, any other method is answered 405 as Vault answers it. Requests of
// one connection run one at a time (one-at-a-time.ts), and Vault's listener timeouts apply.

import type { Server as HttpServer, IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import type { Duplex } from "node:stream";
import { adoptForList } from "./list-front.js";
import { oneAtATime } from "./one-at-a-time.js";
import { refusedRequest } from "./refused-request.js";

export interface ConnectionTimeouts {
  /** Vault's http_read_header_timeout: from the connection (or the request's first byte) to its last header. */
  readHeaderMs: number;
  /** Vault's http_read_timeout: to the request's last byte. */
  readMs: number;
  /** Vault's http_idle_timeout: between a response and the next request. */
  idleMs: number;
}

/** Vault's defaults (command/server/listener.go). */
export const vaultTimeouts: ConnectionTimeouts = { readHeaderMs: 10_000, readMs: 30_000, idleMs: 300_000 };

export interface Connections {
  server: HttpServer;
  /** Stops accepting, lets requests in flight finish for up to `graceMs`, then drops every connection. */
  close(graceMs: number): Promise<void>;
}

// node:http's parser hand-over, as it does itself for an upgrade: the parser stops consuming the socket
// and is released, and its listeners on the socket go. `_http_common` is public (if legacy) API.
const { freeParser } = createRequire(import.meta.url)("_http_common") as {
  freeParser(parser: unknown, req: unknown, socket: unknown): void;
};
const parserListeners: Record<string, string> = {
  data: "bound socketOnData",
  end: "bound socketOnEnd",
  timeout: "socketOnTimeout",
  pause: "onSocketPause",
  resume: "onSocketResume",
};
function detachParser(socket: net.Socket): boolean {
  let found = false;
  for (const [event, name] of Object.entries(parserListeners)) {
    for (const listener of socket.listeners(event)) {
      if (listener.name !== name) continue;
      socket.removeListener(event, listener as (...args: unknown[]) => void);
      found ||= event === "data";
    }
  }
  socket.pause();
  const s = socket as net.Socket & { parser?: unknown; _paused?: boolean };
  s._paused = false;
  freeParser(s.parser, null, socket);
  return found;
}

function plainResponse(status: 400 | 404 | 405 | 408 | 413 | 431, body?: string): string {
  const reason = {
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Payload Too Large",
    431: "Request Header Fields Too Large",
  }[status];
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    "Cache-Control: no-store",
    `Date: ${new Date().toUTCString()}`,
  ];
  if (body !== undefined)
    head.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`);
  head.push("Connection: close");
  return `${head.join("\r\n")}\r\n\r\n${body ?? ""}`;
}
/** Vault's respondError, as Go's json.Encoder writes it (a newline after the value). */
const vaultEmptyError = `${JSON.stringify({ errors: [] })}\n`;

/** Go's net/http answer to more header fields than OpenBao takes (measured on 2.7.2: 500 pass, 501 do not). */
const MAX_HEADER_FIELDS = 500;
const tooManyHeaders = "431 Request Header Fields Too Large";

const statusForParseError: Record<string, 408 | 413 | 431> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
};

/** Serves `http`'s connections as described above; `http` keeps its own request listeners. */
export function serveConnections(
  http: HttpServer,
  timeouts: ConnectionTimeouts = vaultTimeouts,
): Connections {
  const handlers = http.listeners("request") as Array<(req: IncomingMessage, res: unknown) => void>;
  http.removeAllListeners("request");
  // A connection's first request ends the deadline its first byte had (the idle one follows each response).
  /** Each connection's latest request: whether it was read whole decides how a parse error after it ends. */
  const latest = new WeakMap<Duplex, IncomingMessage>();
  const serial = oneAtATime(
    (req, res) => {
      if (req.rawHeaders.length > 2 * MAX_HEADER_FIELDS) {
        res.writeHead(431, {
          "Content-Type": "text/plain; charset=utf-8",
          "Content-Length": tooManyHeaders.length,
          Connection: "close",
        });
        res.end(tooManyHeaders);
        return;
      }
      for (const handler of handlers) handler.call(http, req, res);
    },
    (socket) => (socket as net.Socket).setTimeout(0),
  );
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    latest.set(req.socket, req);
    serial.listener(req, res);
  });
  // Every field is read (Node drops those past 2,000 silently, a token among them): too many is a 431.
  http.maxHeadersCount = 0;

  http.headersTimeout = timeouts.readHeaderMs;
  http.requestTimeout = Math.max(timeouts.readMs, timeouts.readHeaderMs);
  http.keepAliveTimeout = timeouts.idleMs;
  // Node checks header and request deadlines on a timer; a tenth of the shortest is precise enough.
  (http as HttpServer & { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.max(
    10,
    Math.min(1000, timeouts.readHeaderMs / 10),
  );

  const sockets = new Set<Duplex>();
  http.on("connection", (socket: Duplex & { setTimeout(ms: number): void }) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    // A connection that never sends a byte is not a request Node times out: give it the header deadline.
    socket.setTimeout(timeouts.readHeaderMs);
  });
  /** Once the connection's earlier requests are answered, answers with `response` and closes. */
  const refuse = (socket: Duplex, response: string) => {
    void serial.takeOver(socket).then(() => {
      if (socket.destroyed) return;
      socket.end(response);
      socket.once("finish", () => socket.destroy());
    });
  };
  const refusing = new WeakSet<Duplex>();

  http.on(
    "clientError",
    (err: NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number }, socket: Duplex) => {
      if (refusing.has(socket)) return;
      if (err.code === "HPE_INVALID_METHOD") {
        refusing.add(socket);
        if (socket instanceof net.Socket && err.rawPacket && err.bytesParsed !== undefined) {
          const refused = refusedRequest(
            err.rawPacket,
            err.bytesParsed,
            socket.bytesRead > err.rawPacket.length,
          );
          if (!detachParser(socket)) {
            socket.destroy();
            return;
          }
          if (refused.list) {
            void serial.takeOver(socket).then(() => {
              if (!socket.destroyed) adoptForList(http, socket, refused.head);
            });
            return;
          }
        }
        refuse(socket, plainResponse(405, vaultEmptyError));
        return;
      }
      const status = statusForParseError[err.code ?? ""] ?? 400;
      // A request that cannot be parsed after whole ones: they are answered first, then this (as Go does).
      const before = latest.get(socket);
      if (socket.writable && err.code?.startsWith("HPE_") && (!before || before.complete)) {
        refusing.add(socket);
        refuse(socket, plainResponse(status));
        return;
      }
      // Node's own answer (a timeout, a request cut off in its body), unless a response is on its way.
      if (socket.writable && !serial.busy(socket)) socket.end(plainResponse(status));
      socket.destroy();
    },
  );

  // Vault serves HTTP/1.1 only: a request asking to upgrade (h2c, a WebSocket) is answered as if it had
  // not asked, and the connection goes on. Node has already detached its parser: the request is given,
  // without its Upgrade header, to a new one through the front, followed by what came after it.
  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    refusing.add(socket);
    const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] as string;
      if (name.toLowerCase() !== "upgrade") lines.push(`${name}: ${req.rawHeaders[i + 1]}`);
    }
    const again = Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), head]);
    void serial.takeOver(socket).then(() => {
      if (!socket.destroyed) adoptForList(http, socket as net.Socket, again);
    });
  });

  // CONNECT reaches no route: Vault answers 405 to a path, 404 to an authority (host:port).
  http.on("connect", (req: IncomingMessage, socket: Duplex) => {
    refusing.add(socket);
    refuse(socket, plainResponse(req.url?.startsWith("/") ? 405 : 404, vaultEmptyError));
  });

  return {
    server: http,
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      for (const socket of sockets) socket.destroy();
      http.closeAllConnections();
      await closed;
    },
  };
}
