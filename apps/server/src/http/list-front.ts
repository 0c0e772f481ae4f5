// Node's HTTP parser refuses the LIST method before any JavaScript sees the request. A connection that
// sends LIST is handed to this front from that request on (see connections.ts): it runs the client's
// bytes through the request rewriter and gives the HTTP server a duplex stream in place of the socket.

import type { Server as HttpServer } from "node:http";
import type net from "node:net";
import { Duplex } from "node:stream";
import { Server as TlsServer } from "node:tls";
import { createRequestRewriter } from "./request-rewriter.js";

class RewritingSocket extends Duplex {
  readonly socket: net.Socket;

  constructor(socket: net.Socket, head: Buffer) {
    super({ allowHalfOpen: true });
    this.socket = socket;
    const rewriter = createRequestRewriter();
    this.push(rewriter.push(head));
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

/**
 * Serves `socket` through the rewriter from now on: `head` (the bytes of the request Node refused, from
 * its first byte) first, then everything the client sends. The HTTP server sees a new connection.
 */
export function adoptForList(http: HttpServer, socket: net.Socket, head: Buffer): void {
  // An https server takes raw TCP on "connection" and decrypted sockets on "secureConnection".
  http.emit(http instanceof TlsServer ? "secureConnection" : "connection", new RewritingSocket(socket, head));
}
