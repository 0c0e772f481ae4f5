// The host's side of go-plugin's GRPCBroker: one StartStream per process; for each service the host
// offers the plugin (Setup's storage and system view), a gRPC server on a unix socket in a private
// directory, mutual TLS with the host as server, announced as ConnInfo{service_id, "unix", path}.
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import type { HostLogger } from "./types.js";

export interface TlsMaterial {
  hostCertPem: string;
  hostKeyPem: string;
  pluginCertPem: string;
}

interface ConnInfo {
  service_id: number;
  network: string;
  address: string;
}

export class HostBroker {
  private nextId = 0;
  private readonly stream: grpc.ClientDuplexStream<ConnInfo, ConnInfo>;
  private readonly servers = new Set<grpc.Server>();
  private closed = false;

  constructor(
    client: grpc.Client,
    private readonly tls: TlsMaterial,
    private readonly socketDir: string,
    private readonly logger?: HostLogger,
  ) {
    const start = (client as unknown as { StartStream: () => grpc.ClientDuplexStream<ConnInfo, ConnInfo> })
      .StartStream;
    this.stream = start.call(client);
    // The plugin's own announcements (services it offers the host through the broker): none that
    // Vault's backend and database protocols dial, so they are only noted.
    this.stream.on("data", (info: ConnInfo) =>
      this.logger?.log("trace", "plugin broker announcement", { service_id: info.service_id }),
    );
    this.stream.on("error", () => {
      // ends with the process; the calls that need the plugin report it
    });
  }

  /** go-plugin's NextId: 1, 2, … */
  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** Serves what `register` adds on a new socket and announces it under `id`; returns the stopper. */
  async serve(id: number, register: (server: grpc.Server) => void): Promise<() => void> {
    if (this.closed) throw new Error("broker closed");
    const server = new grpc.Server({
      "grpc.max_receive_message_length": -1,
      "grpc.max_send_message_length": -1,
    });
    register(server);
    const address = join(this.socketDir, `broker-${id}.sock`);
    const credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(this.tls.pluginCertPem),
      [{ private_key: Buffer.from(this.tls.hostKeyPem), cert_chain: Buffer.from(this.tls.hostCertPem) }],
      true,
    );
    await new Promise<void>((resolve, reject) =>
      server.bindAsync(`unix://${address}`, credentials, (error) => (error ? reject(error) : resolve())),
    );
    this.servers.add(server);
    this.stream.write({ service_id: id, network: "unix", address });
    return () => {
      this.servers.delete(server);
      server.forceShutdown();
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.end();
    this.stream.cancel();
    for (const server of this.servers) server.forceShutdown();
    this.servers.clear();
  }
}
