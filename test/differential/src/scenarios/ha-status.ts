// sys/ha-status (`operator members`): what both servers must answer alike. The listing itself differs
// by construction (each server's own API address; a dev server's cluster port, which ours has not), so
// test/clients/src/bao-members.test.ts reads it with the real CLI from both instead.
import { del, get, post, type Scenario } from "../scenario.js";

export const haStatusScenarios: Scenario[] = [
  {
    id: "ha-status-refusals",
    group: "ha-status",
    title: "sys/ha-status: a token needed, read only, no trailing slash",
    steps: () => [
      get("sys/ha-status", "none"),
      get("sys/ha-status", "bogus"),
      post("sys/ha-status", {}),
      { method: "PUT", path: "sys/ha-status", body: {} },
      del("sys/ha-status"),
      get("sys/ha-status/"),
    ],
  },
];
