// End to end: GET sys/ha-status on a single node (the embedded store), in both flavours, as `bao server
// -dev` 2.7.2 answers it (docs/FIDELITY.md): itself as the only node, active, never echoed; a token needed;
// `nodes` in the envelope's data and at the top.
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixture, startFixture } from "../testing/fixture.js";

const unsupported = (what: string) => [`1 error occurred:\n\t* unsupported ${what}\n\n`];

describe.each([
  ["vault", "1.20.0", ["1 error occurred:\n\t* permission denied\n\n"]],
  ["openbao", "2.7.2", ["permission denied"]],
])("sys/ha-status on a single node (%s)", (flavor, version, denied) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture(["--flavor", flavor]);
  });
  afterAll(() => f.close());

  it("lists this node alone: active, no echo, the product's version", async () => {
    const r = await f.call("GET", "sys/ha-status");
    expect(r.status).toBe(200);
    const only = {
      hostname: hostname(),
      api_address: f.url,
      cluster_address: "",
      active_node: true,
      last_echo: null,
      version,
    };
    // Exactly these keys: upgrade_version and redundancy_zone are Raft's, absent here as on a dev server.
    expect(r.json.data).toStrictEqual({ nodes: [only] });
    expect(r.json.nodes).toStrictEqual([only]);
    expect(r.json).toMatchObject({ lease_id: "", renewable: false, wrap_info: null, auth: null });
  });

  it.each([
    ["no token", ""],
    ["another token", "not-the-root-token"],
  ])("refuses %s with 403", async (_what, token) => {
    const r = await f.call("GET", "sys/ha-status", { token });
    expect(r.status).toBe(403);
    expect(r.json).toStrictEqual({ errors: denied });
  });

  it.each([
    ["POST", 405, unsupported("operation")],
    ["PUT", 405, unsupported("operation")],
    ["DELETE", 405, unsupported("operation")],
  ])("%s answers %i", async (method, status, errors) => {
    const r = await f.call(method, "sys/ha-status", method === "DELETE" ? {} : { body: {} });
    expect(r.status).toBe(status);
    expect(r.json).toStrictEqual({ errors });
  });

  it("has no trailing-slash form (the pattern is ha-status$)", async () => {
    const r = await f.call("GET", "sys/ha-status/");
    expect(r.status).toBe(404);
    expect(r.json).toStrictEqual({ errors: unsupported("path") });
  });
});
