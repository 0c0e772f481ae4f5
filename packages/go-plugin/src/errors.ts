// Errors in the words Go's side uses, since the server shows them to users as Vault does.

/** Why a start failed, for callers that branch on it (the message is the text users see). */
export type StartFailure =
  | "exec" // fork/exec …: the binary could not be executed
  | "unrecognized" // Unrecognized remote plugin message (not a plugin, or it exited without a handshake;
  //                  go-plugin's "plugin exited before we could connect" cannot happen: stdout closes first)
  | "timeout" // timeout while waiting for plugin to start
  | "core-version" // core protocol version mismatch or unparsable
  | "api-version" // no app protocol version in common, or unparsable
  | "protocol" // not gRPC (net/rpc)
  | "address" // unknown address type
  | "cert" // error parsing server cert
  | "connect" // the first call failed (rpc error: …)
  | "aborted";

export class PluginStartError extends Error {
  override readonly name = "PluginStartError";
  constructor(
    message: string,
    readonly reason: StartFailure,
  ) {
    super(message);
  }
}

/** grpc-go's codes.Code names, indexed by number, as status errors print them. */
const CODE_NAMES = [
  "OK",
  "Canceled",
  "Unknown",
  "InvalidArgument",
  "DeadlineExceeded",
  "NotFound",
  "AlreadyExists",
  "PermissionDenied",
  "ResourceExhausted",
  "FailedPrecondition",
  "Aborted",
  "OutOfRange",
  "Unimplemented",
  "Internal",
  "Unavailable",
  "DataLoss",
  "Unauthenticated",
] as const;

export function grpcCodeName(code: number): string {
  return CODE_NAMES[code] ?? `Code(${code})`;
}

/** A failed gRPC call, with grpc-go's text: `rpc error: code = Internal desc = …`. */
export class PluginRpcError extends Error {
  override readonly name = "PluginRpcError";
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`rpc error: code = ${grpcCodeName(code)} desc = ${details}`);
  }
}

/** The SDKs' error once the plugin process is gone (backend: "plugin is shut down"). */
export class PluginShutdownError extends Error {
  override readonly name = "PluginShutdownError";
}

export const GRPC_UNIMPLEMENTED = 12;
export const GRPC_UNAVAILABLE = 14;

/** Go's syscall.Errno texts for the errno codes Node reports (lowercase, as Go prints them). */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  ENOEXEC: "exec format error",
  ECONNREFUSED: "connection refused",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  ETXTBSY: "text file busy",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EPERM: "operation not permitted",
  E2BIG: "argument list too long",
  ENOMEM: "cannot allocate memory",
  EAGAIN: "resource temporarily unavailable",
  ENOTSOCK: "socket operation on non-socket",
  EPROTOTYPE: "protocol wrong type for socket",
};

export function goErrnoText(code: string | undefined, fallback: string): string {
  return (code && ERRNO_TEXT[code]) ?? fallback;
}
