// The conformance suite against our server in its OpenBao flavour (--flavor openbao): the same checks,
// expecting what real OpenBao does, and the same capabilities reported missing.
import { join } from "node:path";
import { type Fixture, startFixture } from "@sysplugins/server/testing";
import { afterAll, beforeAll, describe } from "vitest";
import { checks } from "./checks/index.js";
import { type Run, runChecks } from "./engine.js";
import { describeChecks, writeReports } from "./vitest-suite.js";

let fixture: Fixture | undefined;
let run: Promise<Run>;

describe("our server, --flavor openbao", () => {
  beforeAll(async () => {
    fixture = await startFixture(["--flavor", "openbao"]);
    const sha256 = await fixture.writePlugin("conformance-plugin");
    run = runChecks({
      target: { address: fixture.url, token: fixture.token },
      checks,
      plugin: { command: "conformance-plugin", sha256 },
    }).then((r) =>
      writeReports(
        r,
        join(import.meta.dirname, "..", "reports", "ours-openbao"),
        "conformance: our server, OpenBao flavour",
      ),
    );
    await run;
  });
  afterAll(() => fixture?.close());

  describeChecks("our server (OpenBao flavour)", () => run);
});
