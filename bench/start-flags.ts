import { readFileSync } from "node:fs";
import { join } from "node:path";

const repoRoot = join(import.meta.dirname, "..");

/**
 * The Node flags `npm start` runs the bot with (package.json `scripts.start`, e.g.
 * `node --max-semi-space-size=2 --import tsx src/main.ts` → `["--max-semi-space-size=2"]`),
 * so a bench probe spawned with them measures what production runs. `--import <x>` is left
 * out (the probe imports tsx itself); a script run through the `tsx` CLI has no flags.
 */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const [command, ...words] = (pkg.scripts?.["start"] ?? "").trim().split(/\s+/);
  if (command !== "node") return [];
  const flags: string[] = [];
  for (let i = 0; i < words.length && words[i]?.startsWith("-"); i++) {
    const word = words[i] ?? "";
    if (word === "--import") i++;
    else if (!word.startsWith("--import=")) flags.push(word);
  }
  return flags;
}
