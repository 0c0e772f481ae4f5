// A plugin's answer as Vault's HTTP layer writes it (http/logical.go respondLogical, sdk/logical
// RespondErrorCommon, sdk/plugin/pb ProtoErrToErr): an error's kind and text give the status; an error
// from the plugin goes through the router's go-multierror, an error response (data holding only "error")
// is the bare message; a read or a list that found nothing is 404; no response is 204.
import type { MountAnswer, MountRequest } from "../ports/runtime.js";
import { multierror } from "./vault-error.js";

/** pb.ProtoError's err_type, in the SDK's order. */
const errType = {
  unknown: 0,
  user: 1,
  internal: 2,
  coded: 3,
  statusBadRequest: 4,
  unsupportedOperation: 5,
  unsupportedPath: 6,
  invalidRequest: 7,
  permissionDenied: 8,
  multiAuthzPending: 9,
} as const;

/** The sentinel errors whose text sets the status (RespondErrorCommon's errwrap.Contains). */
const statusByText: [string, number][] = [
  ["permission denied", 403],
  ["unsupported operation", 405],
  ["unsupported path", 404],
  ["invalid request", 400],
  ["relative paths not supported", 400],
  ["invalid credentials", 400],
];

export type Rendered =
  | { kind: "error"; status: number; errors: string[] }
  | { kind: "empty" }
  | { kind: "redirect"; location: string }
  | {
      kind: "envelope";
      data: Record<string, unknown> | null;
      warnings: string[] | null;
      leaseDuration: number;
      renewable: boolean;
      auth: Record<string, unknown> | null;
    };

const isErrorResponse = (data: Record<string, unknown> | undefined): data is { error: unknown } => {
  if (!data || data.error === undefined || data.error === null) return false;
  const keys = Object.keys(data);
  return keys.length === 1 || (keys.length === 2 && "data" in data);
};

function errorStatus(answer: MountAnswer): number {
  const err = answer.error;
  let status = answer.response ? 400 : 500;
  if (err) {
    if (err.type === errType.statusBadRequest) status = 400;
    for (const [text, code] of statusByText) if (err.message.includes(text)) status = code;
    if (err.type === errType.coded && err.code > 0) status = err.code;
  }
  return status;
}

export function renderAnswer(answer: MountAnswer, operation: MountRequest["operation"]): Rendered {
  const response = answer.response;
  if (answer.error || isErrorResponse(response?.data)) {
    const status = errorStatus(answer);
    const message = isErrorResponse(response?.data)
      ? String(response.data.error)
      : multierror([answer.error?.message ?? ""]);
    return { kind: "error", status, errors: [message] };
  }
  if (!response) return operation === "read" || operation === "list" ? notFound : { kind: "empty" };
  if (operation === "list" && listFoundNothing(response)) return notFound;
  if (response.redirect) return { kind: "redirect", location: response.redirect };
  const warnings = response.warnings?.length ? response.warnings : null;
  const data = response.data && Object.keys(response.data).length > 0 ? response.data : null;
  if (!data && !warnings && !response.auth && !response.secret) return { kind: "empty" };
  return {
    kind: "envelope",
    data,
    warnings,
    leaseDuration: response.secret?.ttlSeconds ?? 0,
    renewable: response.secret?.renewable ?? false,
    auth: response.auth ?? null,
  };
}

const notFound: Rendered = { kind: "error", status: 404, errors: [] };

/** A list whose answer has no keys (and no warnings) is 404, as a read of nothing is. */
function listFoundNothing(response: NonNullable<MountAnswer["response"]>): boolean {
  const data = response.data ?? {};
  const warned = (response.warnings?.length ?? 0) > 0;
  if (Object.keys(data).length === 0) return !warned;
  const keys = data.keys;
  if (keys === undefined || keys === null) return false;
  return Array.isArray(keys) && keys.length === 0 && !warned;
}
