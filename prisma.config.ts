import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The DATABASE_URL scheme picks the provider: `file:` is SQLite (prisma/schema.prisma, the source
// of truth), `postgresql:`/`postgres:` is PostgreSQL (prisma/postgresql, generated from it).
const url = process.env.DATABASE_URL ?? "file:./data/shuxiang.db";
const postgres = /^postgres(ql)?:/.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
});
