// Raw HTTP to the server under test: checks look at statuses, headers and bodies exactly as sent.
import { readFileSync } from "node:fs";
import { Agent } from "undici";

export interface Target {
  /** e.g. http://127.0.0.1:8200, no trailing slash. */
  address: string;
  token: string;
  namespace?: string;
  caCert?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: checks read arbitrary JSON and say what they expected
  json: any;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is, with Content-Type: application/json. */
  rawBody?: string;
  /** Another token than the target's; "" sends none. */
  token?: string;
  headers?: Record<string, string>;
}

export type Send = (method: string, path: string, options?: RequestOptions) => Promise<Answer>;

export function createSend(target: Target): Send {
  const dispatcher = target.caCert ? new Agent({ connect: { ca: readFileSync(target.caCert) } }) : undefined;
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token ?? target.token;
    if (token) headers["X-Vault-Token"] = token;
    if (target.namespace) headers["X-Vault-Namespace"] = target.namespace;
    let body: string | undefined = options.rawBody;
    if (options.rawBody !== undefined) headers["Content-Type"] = "application/json";
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["Content-Type"] = "application/json";
    }
    const init: RequestInit & { dispatcher?: Agent } = { method, headers, body };
    if (dispatcher) init.dispatcher = dispatcher;
    const res = await fetch(`${target.address}/v1/${path.replace(/^\//, "")}`, init);
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
}
