// The service definitions, loaded once from this package's own .proto files (no code generation).
import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

/** The package's proto/ folder: src/ and dist/ both sit one level below the package root. */
export const PROTO_DIR = fileURLToPath(new URL("../proto/", import.meta.url));

const FILES = ["go_plugin.proto", "backend.proto", "logical.proto", "multiplexing.proto", "database.proto"];

type Namespace = Record<string, grpc.ServiceClientConstructor & Record<string, unknown>>;

export interface Protos {
  plugin: Namespace;
  pb: Namespace;
  logical: Namespace;
  multiplexing: Namespace;
  database: Namespace;
}

let loaded: Protos | undefined;

export function protos(): Protos {
  if (loaded) return loaded;
  const definition = protoLoader.loadSync(FILES, {
    includeDirs: [PROTO_DIR],
    keepCase: true,
    longs: String,
    enums: Number,
    defaults: true,
    oneofs: true,
  });
  const root = grpc.loadPackageDefinition(definition) as unknown as Record<string, unknown>;
  const ns = (path: string) =>
    path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root) as Namespace;
  loaded = {
    plugin: ns("plugin"),
    pb: ns("pb"),
    logical: ns("logical"),
    multiplexing: ns("pluginutil.multiplexing"),
    database: ns("dbplugin.v5"),
  };
  return loaded;
}
