#!/usr/bin/env node
// Runs the compiled app, building dist/ first when it is missing or older than the sources
// (scripts/ensure-build.js), so `npx shuxiang …` starts on bare Node. The admin commands run
// dist/cli/bin.js, which loads no chat code; the bot (no command) and `chat` run dist/main.js.
import { ensureBuild } from "../scripts/ensure-build.js";

const args = process.argv.slice(2);
await ensureBuild();
if (args.length === 0 || args.includes("chat")) await import("../dist/main.js");
else await import("../dist/cli/bin.js");
