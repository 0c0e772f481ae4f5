import type { Capability, Check, Context } from "../engine.js";

export const check = (
  id: string,
  endpoint: string,
  title: string,
  source: string,
  needs: Capability[],
  run: (ctx: Context) => Promise<void>,
): Check => ({ id, endpoint, title, source, needs, run });
