/** Compiles `entry` (default src/main.ts) into ES modules in `outdir`; see build-app.js. */
export function buildApp(outdir: string, entry?: string): Promise<void>;
