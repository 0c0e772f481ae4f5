// Go's ServeMux, which Vault's HTTP handler sits behind, redirects a path that is not canonical (`.` or
// `..` segments, repeated slashes) to its cleaned form with 307, before any handler or token check; and
// `/v1/sys` to `/v1/sys/`, the subtree Vault registers. Go's http.Redirect writes a short HTML body for GET.
import type { Context, Next } from "koa";

/** Go's net/http cleanPath: path.Clean, keeping a trailing slash. */
export function cleanPath(p: string): string {
  if (p === "") return "/";
  const rooted = p.startsWith("/") ? p : `/${p}`;
  const out: string[] = [];
  for (const segment of rooted.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  const clean = `/${out.join("/")}`;
  return rooted.endsWith("/") && clean !== "/" ? `${clean}/` : clean;
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&#34;",
  "'": "&#39;",
};

export function redirectToCleanPath() {
  return async (ctx: Context, next: Next): Promise<void> => {
    const path = ctx.path;
    // The usual path is clean: nothing to split.
    if (!path.includes("//") && !path.includes("/.") && path !== "/v1/sys" && path.startsWith("/"))
      return next();
    let clean = cleanPath(path);
    if (clean === "/v1/sys") clean = "/v1/sys/";
    if (clean === path) return next();
    const location = ctx.querystring ? `${clean}?${ctx.querystring}` : clean;
    ctx.respond = false;
    const res = ctx.res;
    res.statusCode = 307;
    res.setHeader("Location", location);
    if (ctx.method === "GET" || ctx.method === "HEAD")
      res.setHeader("Content-Type", "text/html; charset=utf-8");
    const body =
      ctx.method === "GET"
        ? `<a href="${location.replace(/[&<>"']/g, (c) => escapes[c] as string)}">Temporary Redirect</a>.\n\n`
        : "";
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.end(body);
  };
}
