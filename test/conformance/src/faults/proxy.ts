// A proxy in front of a server that plants one deviation from Vault's behaviour: the test of the tests.
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serveConnections } from "@sysplugins/server";

export interface Exchange {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Deviation {
  name: string;
  /** What a broken server does. */
  description: string;
  /** May change the request, or answer it without the server. */
  request?(req: Exchange): Exchange | Reply;
  /** May change the answer. */
  response?(req: Exchange, res: Reply): Reply;
}

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

function forward(upstream: URL, req: Exchange): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.path,
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") headers[k] = v;
          resolve({ status: res.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    out.on("error", reject);
    out.end(req.body);
  });
}

export async function startProxy(upstreamUrl: string, deviation: Deviation | undefined): Promise<Proxy> {
  const upstream = new URL(upstreamUrl);
  const http = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const c of incoming) chunks.push(c as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(incoming.headers))
      if (typeof v === "string" && k !== "host" && k !== "connection") headers[k] = v;
    let req: Exchange = {
      method: incoming.method === "LINK" ? "LIST" : (incoming.method ?? "GET"),
      path: incoming.url ?? "/",
      headers,
      body: Buffer.concat(chunks),
    };
    try {
      const early = deviation?.request?.(req);
      let reply: Reply;
      if (early && "status" in early) reply = early;
      else {
        if (early) req = early;
        reply = await forward(upstream, req);
        if (deviation?.response) reply = deviation.response(req, reply);
      }
      const headersOut = { ...reply.headers };
      delete headersOut["transfer-encoding"];
      delete headersOut.connection;
      delete headersOut["keep-alive"];
      if (reply.status !== 204) headersOut["content-length"] = String(reply.body.length);
      outgoing.writeHead(reply.status, headersOut);
      outgoing.end(reply.status === 204 ? undefined : reply.body);
    } catch (err) {
      outgoing.writeHead(502);
      outgoing.end(String(err));
    }
  });
  const front = serveConnections(http);
  await new Promise<void>((resolve) => front.server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`,
    close: () => front.close(1000),
  };
}
