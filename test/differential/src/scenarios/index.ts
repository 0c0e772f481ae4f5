import type { Scenario } from "../scenario.js";
import { accessScenarios } from "./access.js";
import { catalogScenarios } from "./catalog.js";
import { databaseScenarios } from "./database.js";
import { haStatusScenarios } from "./ha-status.js";
import { inputScenarios } from "./inputs.js";
import { mountScenarios } from "./mounts.js";
import { pluginProcessScenarios } from "./plugin-process.js";
import { reloadScenarios } from "./reload.js";
import { tokenScenarios } from "./tokens.js";
import { upgradeScenarios } from "./upgrade.js";

export const scenarios: Scenario[] = [
  ...upgradeScenarios,
  ...catalogScenarios,
  ...inputScenarios,
  ...mountScenarios,
  ...reloadScenarios,
  ...tokenScenarios,
  ...databaseScenarios,
  ...haStatusScenarios,
  ...pluginProcessScenarios,
  ...accessScenarios,
];
