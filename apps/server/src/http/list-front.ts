// Node's HTTP parser answers 400 to the LIST method before any JavaScript sees the request. This front
// accepts each TCP connection itself, runs the client's bytes through the request rewriter and hands the
// HTTP server a duplex stream in place of the socket.

import type { Server as HttpServer } from "node:http";
import net from "node:net";
import { Duplex } from "node:stream";
import { createRequestRewriter } from "./request-rewriter.js";

class RewritingSocket extends Duplex {
  readonly socket: net.Socket;

  constructor(socket: net.Socket) {
    super({ allowHalfOpen: true });
    this.socket = socket;
    const rewriter = createRequestRewriter();
    socket.on("data", (chunk: Buffer) => {
      const out = rewriter.push(chunk);
      if (out.length > 0 && !this.push(out)) socket.pause();
    });
    socket.on("end", () => this.push(null));
    socket.on("timeout", () => this.emit("timeout"));
    socket.on("error", (err) => this.destroy(err));
    socket.on("close", () => this.destroy());
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.socket.write(chunk, encoding, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy(error ?? undefined);
    callback(error);
  }

  // What node:http and Koa read from a socket.
  get remoteAddress() {
    return this.socket.remoteAddress;
  }
  get remotePort() {
    return this.socket.remotePort;
  }
  get remoteFamily() {
    return this.socket.remoteFamily;
  }
  get localAddress() {
    return this.socket.localAddress;
  }
  get localPort() {
    return this.socket.localPort;
  }
  address() {
    return this.socket.address();
  }
  setTimeout(ms: number, callback?: () => void): this {
    this.socket.setTimeout(ms, callback);
    return this;
  }
  setNoDelay(noDelay?: boolean): this {
    this.socket.setNoDelay(noDelay);
    return this;
  }
  setKeepAlive(enable?: boolean, delay?: number): this {
    this.socket.setKeepAlive(enable, delay);
    return this;
  }
}

export interface ListFront {
  server: net.Server;
  /** Stops accepting, lets requests in flight finish for up to `graceMs`, then drops every connection. */
  close(graceMs: number): Promise<void>;
}

/** A TCP server that feeds every connection, rewritten, to `http`. */
export function createListFront(http: HttpServer): ListFront {
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    http.emit("connection", new RewritingSocket(socket));
  });
  return {
    server,
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const drained = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
