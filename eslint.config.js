import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// The import direction of docs/architecture.md ("Import direction"): adapters → dialogs → core → db, with outbox and
// jobs beside the dialogs (both may use the core; jobs read the text tables in dialogs/texts);
// the neutral messages (src/messages.ts, src/locale.ts) import nothing. Each folder below may
// only import folders further down this list, so no two folders can import each other:
//   cli → jobs → dialogs → outbox → core → db.
// Later blocks override earlier ones for the same rule, so every block lists all its patterns.
const transports = {
  group: [
    "telegraf",
    "telegraf/*",
    "wechaty",
    "wechaty/*",
    "wechaty-*",
    "node-cron",
    "pino",
    "pino-*",
  ],
  message: "src/core and src/dialogs import no transport, cron or logger.",
};
const adapters = { group: ["**/adapters/**"], message: "Only src/main.ts imports adapters." };
const above = (folder, ...names) => ({
  group: names.map((n) => `**/${n}/**`),
  message: `${folder} imports only the folders below it: cli → jobs → dialogs → outbox → core → db.`,
});
const cli = above("src/jobs", "cli");
const jobs = above("src/dialogs", "cli", "jobs");
const outbox = above("src/outbox", "cli", "jobs", "dialogs");
const core = above("src/core", "cli", "jobs", "dialogs", "outbox");
const db = above("src/db", "cli", "jobs", "dialogs", "outbox", "core");
const dialogsButTexts = {
  regex: "(^|/)dialogs/(?!texts/)",
  message: "src/jobs reads the text tables (dialogs/texts) and nothing else of the dialogs.",
};
const messages = {
  group: ["./**", "../**"],
  message: "The neutral message modules import nothing: everyone imports them.",
};
const restrict = (...patterns) => ({
  "no-restricted-imports": ["error", { patterns }],
});
const wechatyRoot = {
  name: "wechaty",
  allowTypeImports: true,
  message:
    'Import values from "wechaty/impls" or "wechaty-puppet/types": the root entry loads gRPC.',
};
const adapterDeps = (...groups) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      paths: [wechatyRoot],
      patterns: groups.map((group) => ({
        group,
        allowTypeImports: true,
        message:
          "Adapters reach the core through the gate and the dialogs (types may pass through).",
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "src/generated",
      "data",
      "coverage",
      "dist",
      ".vitest-tmp",
      "bench/.data",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["scripts/**/*.js", "bin/**/*.js"], languageOptions: { globals: globals.node } },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts"], ignores: ["src/main.ts"], rules: restrict(adapters) },
  { files: ["src/jobs/**/*.ts"], rules: restrict(adapters, cli, dialogsButTexts) },
  { files: ["src/dialogs/**/*.ts"], rules: restrict(adapters, transports, jobs) },
  { files: ["src/outbox/**/*.ts"], rules: restrict(adapters, outbox) },
  { files: ["src/core/**/*.ts"], rules: restrict(adapters, transports, core) },
  { files: ["src/db/**/*.ts"], rules: restrict(adapters, transports, db) },
  { files: ["src/messages.ts", "src/locale.ts"], rules: restrict(messages) },
  // wechaty's root entry loads gRPC, protobuf and leveldown (~25 MiB) for puppet-service and
  // its IO client; the adapter takes WechatyImpl from "wechaty/impls" and values from
  // "wechaty-puppet/types" (WeCom's puppet-service is still loaded by name when chosen).
  { files: ["adapters/**/*.ts"], rules: adapterDeps(["**/src/core/**", "**/src/db/**"]) },
  {
    files: ["src/**/*.ts", "adapters/**/*.ts"],
    ignores: ["src/config.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Only src/config.ts reads process.env." },
      ],
    },
  },
  {
    // A raw statement through Prisma's query engine costs ~5× one through the driver adapter.
    files: ["src/**/*.ts"],
    ignores: ["src/db/direct-sql.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw)$/]",
          message: "Use queryRows / executeSql from src/db/direct-sql.ts.",
        },
      ],
    },
  },
  {
    // A core write run again for a message handled again after a crash must not apply twice.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw)$/]",
          message: "Use queryRows / executeSql from src/db/direct-sql.ts.",
        },
        {
          selector: "MemberExpression[property.name='$transaction']",
          message: "Use runTransaction from src/db/transact.ts: it receipts writes of a message.",
        },
      ],
    },
  },
);
