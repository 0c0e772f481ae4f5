// A connection's requests run one at a time, in order, as Go's server (and so Vault) serves them: the next
// pipelined request's handler starts only once the previous response has been handed to the kernel. While
// a request waits, the connection is not read, so a client that pipelines without reading holds at most
// one response in the server's memory (the one being written) and a few parsed requests.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

export interface OneAtATime {
  listener: RequestListener;
  /**
   * Resolves once every request already received on `socket` has been answered. The caller takes the
   * connection over: it is not resumed afterwards.
   */
  takeOver(socket: Duplex): Promise<void>;
  /** Whether a request on `socket` is being answered or waits. */
  busy(socket: Duplex): boolean;
}

export function oneAtATime(handle: RequestListener): OneAtATime {
  const tails = new WeakMap<Duplex, Promise<void>>();
  const paused = new WeakSet<Duplex>();
  const takenOver = new WeakSet<Duplex>();

  function answered(res: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      res.once("finish", resolve);
      res.once("close", resolve);
    });
  }

  function listener(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    const before = tails.get(socket);
    const done = answered(res);
    const tail = before ? before.then(() => done) : done;
    tails.set(socket, tail);
    void tail.then(() => {
      if (tails.get(socket) !== tail) return;
      tails.delete(socket);
      if (paused.delete(socket) && !takenOver.has(socket)) socket.resume();
    });
    if (!before) {
      handle(req, res);
      return;
    }
    if (!paused.has(socket)) {
      paused.add(socket);
      socket.pause();
    }
    void before.then(() => {
      if (!res.destroyed) handle(req, res);
    });
  }

  return {
    listener,
    takeOver(socket) {
      takenOver.add(socket);
      return tails.get(socket) ?? Promise.resolve();
    },
    busy: (socket) => tails.has(socket),
  };
}
