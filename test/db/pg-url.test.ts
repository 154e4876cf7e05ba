import { expect, test } from "vitest";
import { isPostgresUrl, pgConnection } from "../../src/db/pg-url.ts";

test("postgresql: and postgres: URLs name PostgreSQL, file: URLs SQLite", () => {
  expect(isPostgresUrl("postgresql://postgres@127.0.0.1:5432/test")).toBe(true);
  expect(isPostgresUrl("postgres://u:p@db/school")).toBe(true);
  expect(isPostgresUrl("file:./data/shuxiang.db")).toBe(false);
  expect(isPostgresUrl("file:postgresql.db")).toBe(false);
});

test("a URL without a schema connects as it is", () => {
  const url = "postgresql://postgres@127.0.0.1:5432/test";
  expect(pgConnection(url)).toEqual({ config: { connectionString: url } });
});

test("?schema= becomes the connection's search_path and the adapter's schema", () => {
  const { config, schema } = pgConnection(
    "postgresql://postgres@127.0.0.1:5432/test?schema=school_7",
  );
  expect(schema).toBe("school_7");
  expect(config.options).toBe("-c search_path=school_7");
  expect(config.connectionString).toBe("postgresql://postgres@127.0.0.1:5432/test");
});

test("a schema name that would need quoting is refused with the reason", () => {
  expect(() => pgConnection("postgresql://h/db?schema=a;drop")).toThrow(/lower-case letters/);
  expect(() => pgConnection("postgresql://h/db?schema=School")).toThrow(/lower-case letters/);
});
