-- CreateTable
CREATE TABLE "MemberVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MemberVersion_pkey" PRIMARY KEY ("id")
);


-- The one row, and triggers that count every change to what makes a chat account's actor and
-- language, in the transaction that makes it (whoever writes: the bot, the CLI, a roster import).
-- Once per statement, not per row. A class or patron deleted takes its ClassTeacher and Binding
-- rows with it: counted too. The table is named in the schema of the table that fired, so a
-- schema per database works.
INSERT INTO "MemberVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "member_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I."MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1',
    TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ChatMember_member_version" AFTER INSERT OR DELETE OR TRUNCATE ON "ChatMember"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "ChatMember_member_version_update"
AFTER UPDATE OF "platform", "userId", "locale" ON "ChatMember"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "Binding_member_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Binding"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "ClassTeacher_member_version"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ClassTeacher"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "Patron_member_version_update" AFTER UPDATE OF "isStudentLibrarian" ON "Patron"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "Patron_member_version" AFTER DELETE OR TRUNCATE ON "Patron"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
CREATE TRIGGER "SchoolClass_member_version" AFTER DELETE OR TRUNCATE ON "SchoolClass"
FOR EACH STATEMENT EXECUTE FUNCTION "member_version_bump"();
