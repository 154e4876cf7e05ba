import { inject } from "vitest";
import { startNodeFlags } from "../../bench/start-flags.ts";

/**
 * The arguments of `node` that run the app as `npm start` does: the Node flags of the start
 * script and this run's compiled src/main.ts (test/support/global-setup.ts builds it).
 */
export function startArgs(): string[] {
  return [...startNodeFlags(), inject("appMain")];
}
