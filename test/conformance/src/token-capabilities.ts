// A run with a token that is not root (a least-privilege policy): a request its policies refuse is not a
// failure of the server but a check this token may not run. The refusal is named by what the token
// lacks, read from sys/capabilities-self: the operation's own capability on the path, or `sudo` on a
// root-protected one ("needs `sudo` on sys/plugins/catalog/*").
import type { Answer, RequestOptions, Send } from "./http.js";

/** A request the token's policies refused: the check needs a capability the token lacks. */
export class NeedsCapability extends Error {}

/** Whether the token is root (capabilities-self answers ["root"]); a server without the route counts as root. */
export async function tokenIsRoot(send: Send): Promise<boolean> {
  const a = await send("POST", "sys/capabilities-self", { body: { paths: ["sys/plugins/catalog"] } });
  if (a.status !== 200) return a.status !== 403;
  const caps: unknown = a.json?.data?.["sys/plugins/catalog"];
  return Array.isArray(caps) && caps.includes("root");
}

/** The path as the ACL sees it (no query; a LIST ends in "/"), and the capability the method needs. */
function aclRequest(method: string, rawPath: string): { path: string; capability: string } {
  const [path = "", query = ""] = rawPath.replace(/^\//, "").split("?");
  const listing = method === "LIST" || (method === "GET" && /(^|&)list=(true|1|t)(&|$)/i.test(query));
  if (listing) return { path: path.endsWith("/") ? path : `${path}/`, capability: "list" };
  const capability = method === "GET" ? "read" : method === "DELETE" ? "delete" : "update";
  return { path, capability };
}

/** How a root-protected path is named in a policy. */
const globs: [RegExp, string][] = [
  [/^sys\/plugins\/catalog\/./, "sys/plugins/catalog/*"],
  [/^sys\/auth\/./, "sys/auth/*"],
];

const deniedByPolicy = (a: Answer) =>
  a.status === 403 &&
  Array.isArray(a.json?.errors) &&
  a.json.errors.some((e: unknown) => typeof e === "string" && e.includes("permission denied"));

/** `send` with the run's token: a refusal by its policies throws NeedsCapability naming what is missing. */
export function capabilityAwareSend(send: Send): Send {
  return async (method: string, path: string, options: RequestOptions = {}) => {
    const answer = await send(method, path, options);
    if (options.token !== undefined || !deniedByPolicy(answer)) return answer;
    const wanted = aclRequest(method, path);
    const self = await send("POST", "sys/capabilities-self", { body: { paths: [wanted.path] } });
    const held: string[] = Array.isArray(self.json?.data?.[wanted.path]) ? self.json.data[wanted.path] : [];
    const named = globs.find(([re]) => re.test(wanted.path))?.[1] ?? wanted.path;
    const missing = held.includes(wanted.capability) && !held.includes("sudo") ? "sudo" : wanted.capability;
    throw new NeedsCapability(`needs \`${missing}\` on ${named} (${method} ${path} was refused)`);
  };
}
