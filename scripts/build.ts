// The app's compile step for TypeScript callers (the test set-up, bench probes). The build
// itself is plain JavaScript (build-app.js) so start-up can run it without tsx;
// `npm run build` is `node scripts/ensure-build.js --force`.
export { buildApp } from "./build-app.js";
