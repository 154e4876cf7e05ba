// Plain JavaScript (no tsx) so `npm start` and `npx shuxiang` can build on bare Node.
import { rmSync } from "node:fs";
import { resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "..");

/**
 * Compiles `entry` (default src/main.ts, the bot, and src/cli/bin.ts, the admin commands,
 * built to dist/main.js and dist/cli/bin.js; an absolute path is taken as is) and everything
 * they import from the repo into plain ES modules in `outdir`, so `npm start` runs JavaScript on
 * bare Node: loading sources through tsx costs ~35 MiB of RSS for the life of the process.
 * Packages stay in node_modules (imported, not bundled); code loaded with `import()` (the
 * WeChat adapter, the admin commands) becomes a chunk of its own, loaded only when used. The
 * output must end up inside the repo so the packages resolve. Source maps sit beside the files
 * for `node --enable-source-maps`; without that flag they cost nothing.
 *
 * @param {string} outdir
 * @param {string | string[]} [entry]
 * @returns {Promise<void>}
 */
export async function buildApp(outdir, entry = ["src/main.ts", "src/cli/bin.ts"]) {
  const { build } = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [entry].flat().map((e) => resolve(repoRoot, e)),
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}
