import { openLibrary } from "../src/bootstrap.ts";
import type { CaseResult } from "./case-result.ts";
import { benchConfig } from "./school.ts";

/**
 * One case in a process of its own, so its peak memory and JIT state are its own:
 * `node --import tsx bench/case-process.ts <dialog|search> <database file>`.
 * Prints `RESULT <json>` (one case or a list) as its last line of stdout. Each runner imports only what it needs.
 */
const runners: Record<string, (file: string) => Promise<CaseResult | CaseResult[]>> = {
  dialog: async (file) => {
    const { createBot } = await import("../src/compose.ts");
    const { runDialogCase } = await import("./dialog-case.ts");
    const config = benchConfig(file);
    const lib = await openLibrary(config);
    try {
      return await runDialogCase(lib, config, createBot(lib, config));
    } finally {
      await lib.db.$disconnect();
    }
  },
  search: async (file) => {
    const { runSearchCase } = await import("./search-case.ts");
    const lib = await openLibrary(benchConfig(file));
    try {
      return await runSearchCase(lib);
    } finally {
      await lib.db.$disconnect();
    }
  },
};

const [name = "", file = ""] = process.argv.slice(2);
const runner = runners[name];
if (!runner || !file) {
  process.stderr.write(`usage: case-process.ts <${Object.keys(runners).join("|")}> <db file>\n`);
  process.exit(2);
}
const result = await runner(file);
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
