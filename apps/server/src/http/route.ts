// A route: a path pattern, the names of its captures, and the handler of each operation it answers.
import type { Feature } from "../ports/flavor.js";
import type { AnyHandler } from "./contract-types.js";
import type { Operation } from "./operation.js";

export interface Route {
  pattern: RegExp;
  /** The names of the pattern's captures, as the contract's path parameters name them. */
  params: readonly string[];
  ops: Partial<Record<Operation, AnyHandler>>;
  /** The route exists only in flavours with this feature. */
  feature?: Feature;
}
