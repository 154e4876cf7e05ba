#!/usr/bin/env node
// Runs the compiled CLI (dist/main.js), building it first when dist/ is missing or older than
// the sources (scripts/ensure-build.js), so `npx shuxiang …` starts on bare Node.
import { ensureBuild } from "../scripts/ensure-build.js";

await ensureBuild();
await import("../dist/main.js");
