import type { Check } from "../engine.js";
import { catalogChecks } from "./catalog.js";
import { databaseChecks } from "./database.js";
import { mountChecks } from "./mounts.js";
import { pinChecks } from "./pins.js";
import { reloadChecks } from "./reload.js";
import { wireChecks } from "./wire.js";

/** The catalogue, grouped by endpoint. */
export const checks: Check[] = [
  ...wireChecks,
  ...catalogChecks,
  ...pinChecks,
  ...mountChecks,
  ...reloadChecks,
  ...databaseChecks,
];
