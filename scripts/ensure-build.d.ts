/** A hash of the sources dist/ is built from; see ensure-build.js. */
export function sourceHash(root: string): string;

/** Builds `outdir` (default dist/) when its stamp does not match the sources; see ensure-build.js. */
export function ensureBuild(options?: {
  root?: string;
  outdir?: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<"fresh" | "built">;
