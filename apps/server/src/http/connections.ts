// How the server holds its connections. Every connection runs on Node's native HTTP parser; a connection
// that sends a request Node's parser refuses is taken back from it: a LIST goes to the rewriting front
// (list-front.ts) from that request on, any other method is answered 405 as Vault answers it. Requests of
// one connection run one at a time (one-at-a-time.ts), and Vault's listener timeouts apply.

import type { Server as HttpServer, IncomingMessage } from "node:http";
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
const vaultEmptyError = JSON.stringify({ errors: [] });

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
  const serial = oneAtATime(
    (req, res) => {
      for (const handler of handlers) handler.call(http, req, res);
    },
    (socket) => (socket as net.Socket).setTimeout(0),
  );
  http.on("request", serial.listener);

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
      // Node's own answer to a request it cannot parse, unless a response is already on its way.
      if (socket.writable && !serial.busy(socket)) {
        socket.end(plainResponse(statusForParseError[err.code ?? ""] ?? 400));
      }
      socket.destroy();
    },
  );

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
