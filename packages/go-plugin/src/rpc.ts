// Calls over one gRPC channel to the plugin, with grpc-go's error texts.
import * as grpc from "@grpc/grpc-js";
import { PluginRpcError } from "./errors.js";

export const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  "grpc.ssl_target_name_override": "localhost",
  "grpc.default_authority": "localhost",
  "grpc.max_receive_message_length": -1,
  "grpc.max_send_message_length": -1,
};

export type UnaryMethod = (
  request: unknown,
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: (error: grpc.ServiceError | null, response?: unknown) => void,
) => grpc.ClientUnaryCall;

/** One unary call; a failed call rejects with a PluginRpcError ("rpc error: code = … desc = …"). */
export function unary<T>(
  client: grpc.Client,
  method: string,
  request: unknown,
  metadata: grpc.Metadata = new grpc.Metadata(),
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PluginRpcError(grpc.status.CANCELLED, "context canceled"));
      return;
    }
    const fn = (client as unknown as Record<string, UnaryMethod>)[method];
    if (!fn) throw new Error(`no method ${method}`);
    const call = fn.call(client, request, metadata, {}, (error, response) => {
      signal?.removeEventListener("abort", onAbort);
      if (error && signal?.aborted && error.code === grpc.status.CANCELLED) {
        reject(new PluginRpcError(error.code, "context canceled"));
      } else if (error) reject(new PluginRpcError(error.code, error.details));
      else resolve(response as T);
    });
    const onAbort = () => call.cancel();
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
