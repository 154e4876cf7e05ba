import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// The import direction of DESIGN.md. Later blocks override earlier ones for the same rule,
// so the most specific folder comes last and repeats the general patterns.
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
const upperLayers = {
  group: ["**/dialogs/**", "**/jobs/**", "**/outbox/**", "**/cli/**"],
  message: "src/core depends on nothing above it.",
};
const restrict = (...patterns) => ({
  "no-restricted-imports": ["error", { patterns }],
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
  { files: ["src/dialogs/**/*.ts"], rules: restrict(adapters, transports) },
  { files: ["src/core/**/*.ts"], rules: restrict(adapters, transports, upperLayers) },
  {
    // wechaty's root entry loads gRPC, protobuf and leveldown (~25 MiB) for puppet-service and
    // its IO client; the adapter takes WechatyImpl from "wechaty/impls" and values from
    // "wechaty-puppet/types" (WeCom's puppet-service is still loaded by name when chosen).
    files: ["adapters/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "wechaty",
              allowTypeImports: true,
              message:
                'Import values from "wechaty/impls" or "wechaty-puppet/types": the root entry loads gRPC.',
            },
          ],
        },
      ],
    },
  },
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
);
