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

interface Connection {
  busy: boolean;
  waiting: Array<() => void>;
  paused: boolean;
  takenOver: boolean;
  idle: Array<() => void>;
}

/** `onFirstRequest` runs when a connection's first request arrives. */
export function oneAtATime(handle: RequestListener, onFirstRequest?: (socket: Duplex) => void): OneAtATime {
  const connections = new WeakMap<Duplex, Connection>();

  function next(socket: Duplex, c: Connection): void {
    const run = c.waiting.shift();
    if (run) {
      run();
      return;
    }
    c.busy = false;
    if (c.paused && !c.takenOver) socket.resume();
    c.paused = false;
    for (const resolve of c.idle.splice(0)) resolve();
  }

  function listener(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    let c = connections.get(socket);
    if (!c) {
      c = { busy: false, waiting: [], paused: false, takenOver: false, idle: [] };
      connections.set(socket, c);
      onFirstRequest?.(socket);
    }
    const connection = c;
    // 'close' follows 'finish' (the response handed to the kernel), and also ends an aborted one.
    let closed = false;
    let running = false;
    res.once("close", () => {
      closed = true;
      if (running) next(socket, connection);
    });
    const run = () => {
      running = true;
      if (closed) next(socket, connection);
      else handle(req, res);
    };
    if (!connection.busy) {
      connection.busy = true;
      run();
      return;
    }
    connection.waiting.push(run);
    if (!connection.paused) {
      connection.paused = true;
      socket.pause();
    }
  }

  return {
    listener,
    takeOver(socket) {
      const c = connections.get(socket);
      if (!c?.busy) return Promise.resolve();
      c.takenOver = true;
      return new Promise((resolve) => c.idle.push(resolve));
    },
    busy: (socket) => connections.get(socket)?.busy ?? false,
  };
}
