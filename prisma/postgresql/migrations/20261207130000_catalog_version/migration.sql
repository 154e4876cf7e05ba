-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL,
    "titles" INTEGER NOT NULL DEFAULT 0,
    "copies" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);


-- The one row, and triggers that count every change to the searchable catalogue in the
-- transaction that makes it (whoever writes: the bot, the CLI, an import, the demo build).
-- Once per statement, not per row: an import of thousands of rows bumps the counter once.
-- The table is named in the schema of the table that fired, so a schema per database works.
INSERT INTO "CatalogVersion" ("id", "titles", "copies") VALUES (1, 0, 0);

CREATE FUNCTION "catalog_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I."CatalogVersion" SET %I = %I + 1 WHERE "id" = 1',
    TG_TABLE_SCHEMA, TG_ARGV[0], TG_ARGV[0]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Title_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Title"
FOR EACH STATEMENT EXECUTE FUNCTION "catalog_version_bump"('titles');
CREATE TRIGGER "Copy_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Copy"
FOR EACH STATEMENT EXECUTE FUNCTION "catalog_version_bump"('copies');
