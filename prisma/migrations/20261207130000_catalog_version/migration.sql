-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "titles" INTEGER NOT NULL DEFAULT 0,
    "copies" INTEGER NOT NULL DEFAULT 0
);


-- The one row, and triggers that count every change to the searchable catalogue in the
-- transaction that makes it (whoever writes: the bot, the CLI, an import, the demo build).
INSERT INTO "CatalogVersion" ("id", "titles", "copies") VALUES (1, 0, 0);

CREATE TRIGGER "Title_catalog_version_insert" AFTER INSERT ON "Title"
BEGIN UPDATE "CatalogVersion" SET "titles" = "titles" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Title_catalog_version_update" AFTER UPDATE ON "Title"
BEGIN UPDATE "CatalogVersion" SET "titles" = "titles" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Title_catalog_version_delete" AFTER DELETE ON "Title"
BEGIN UPDATE "CatalogVersion" SET "titles" = "titles" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Copy_catalog_version_insert" AFTER INSERT ON "Copy"
BEGIN UPDATE "CatalogVersion" SET "copies" = "copies" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Copy_catalog_version_update" AFTER UPDATE ON "Copy"
BEGIN UPDATE "CatalogVersion" SET "copies" = "copies" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Copy_catalog_version_delete" AFTER DELETE ON "Copy"
BEGIN UPDATE "CatalogVersion" SET "copies" = "copies" + 1 WHERE "id" = 1; END;
