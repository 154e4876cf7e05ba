import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const repoRoot = resolve(import.meta.dirname, "..");

/**
 * Compiles `entry` (default src/main.ts) and everything it imports from the repo into plain
 * ES modules in `outdir`, so `npm start` runs JavaScript on bare Node: loading sources through
 * tsx costs ~35 MiB of RSS for the life of the process. Packages stay in node_modules
 * (imported, not bundled); code loaded with `import()` (the WeChat adapter, the admin
 * commands) becomes a chunk of its own, loaded only when used. `outdir` must be inside the
 * repo so the packages resolve. Source maps sit beside the files for
 * `node --enable-source-maps`; without that flag they cost nothing.
 */
export async function buildApp(outdir: string, entry = "src/main.ts"): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [resolve(repoRoot, entry)],
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApp(join(repoRoot, "dist"));
}
