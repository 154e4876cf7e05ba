import { basename, join } from "node:path";
import { buildApp } from "../scripts/build.ts";

/**
 * Compiles a probe (`bench/<name>.ts`) the way `npm start` compiles the bot (scripts/build.ts),
 * into `<dir>/<name>-build/` (inside the repo, so its packages resolve), and returns the file
 * to run with bare `node`: a probe run through tsx would carry tsx's ~35 MiB and its
 * start-up time, which the bot does not.
 */
export async function buildProbe(source: string, dir: string): Promise<string> {
  const name = basename(source, ".ts");
  const outdir = join(dir, `${name}-build`);
  await buildApp(outdir, source);
  return join(outdir, `${name}.js`);
}
