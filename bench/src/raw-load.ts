// A small keep-alive load generator on raw sockets, for requests other generators refuse to send (wrk and
// autocannon both reject the LIST method). Each connection sends one request, reads one whole response
// (Content-Length framing), and sends the next, until the time is up.
import net from "node:net";
import type { WrkResult } from "./wrk.js";

export interface RawRun {
  port: number;
  request: string;
  connections: number;
  seconds: number;
}

export function rawLoad(run: RawRun): Promise<WrkResult> {
  const bytes = Buffer.from(run.request, "latin1");
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + run.seconds * 1000;

  const connection = () =>
    new Promise<void>((resolve) => {
      const socket = net.connect(run.port, "127.0.0.1");
      socket.setNoDelay(true);
      let buffer = Buffer.alloc(0);
      let sentAt = 0n;
      const send = () => {
        if (Date.now() >= deadline) {
          socket.end();
          return;
        }
        sentAt = process.hrtime.bigint();
        socket.write(bytes);
      };
      socket.on("connect", send);
      socket.on("data", (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const end = buffer.indexOf("\r\n\r\n");
          if (end === -1) return;
          const head = buffer.subarray(0, end).toString("latin1");
          const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
          if (buffer.length < end + 4 + length) return;
          const status = Number(head.slice(9, 12));
          if (status >= 300) non2xx++;
          latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
          buffer = buffer.subarray(end + 4 + length);
          send();
        }
      });
      socket.on("error", () => {
        errors++;
        resolve();
      });
      socket.on("close", () => resolve());
    });

  return Promise.all(Array.from({ length: run.connections }, connection)).then(() => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    latencies.sort((a, b) => a - b);
    const at = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    if (errors > 0 || non2xx > 0)
      throw new Error(`raw load saw ${errors} socket errors and ${non2xx} error statuses`);
    return {
      requests: latencies.length,
      seconds,
      rps: latencies.length / seconds,
      errors,
      non2xx,
      p50ms: at(50),
      p99ms: at(99),
    };
  });
}
