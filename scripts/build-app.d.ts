/** Compiles `entry` (default src/main.ts and src/cli/bin.ts) into `outdir`; see build-app.js. */
export function buildApp(outdir: string, entry?: string | string[]): Promise<void>;
