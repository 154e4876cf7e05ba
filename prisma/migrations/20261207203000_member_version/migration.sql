-- CreateTable
CREATE TABLE "MemberVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- The one row, and triggers that count every change to what makes a chat account's actor and
-- language, in the transaction that makes it (whoever writes: the bot, the CLI, a roster import).
-- A class or patron deleted takes its ClassTeacher and Binding rows with it: counted too.
INSERT INTO "MemberVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "ChatMember_member_version_insert" AFTER INSERT ON "ChatMember"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ChatMember_member_version_update" AFTER UPDATE OF "platform", "userId", "locale" ON "ChatMember"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ChatMember_member_version_delete" AFTER DELETE ON "ChatMember"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Binding_member_version_insert" AFTER INSERT ON "Binding"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Binding_member_version_update" AFTER UPDATE ON "Binding"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Binding_member_version_delete" AFTER DELETE ON "Binding"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ClassTeacher_member_version_insert" AFTER INSERT ON "ClassTeacher"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClassTeacher_member_version_update" AFTER UPDATE ON "ClassTeacher"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClassTeacher_member_version_delete" AFTER DELETE ON "ClassTeacher"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Patron_member_version_update" AFTER UPDATE OF "isStudentLibrarian" ON "Patron"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Patron_member_version_delete" AFTER DELETE ON "Patron"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SchoolClass_member_version_delete" AFTER DELETE ON "SchoolClass"
BEGIN UPDATE "MemberVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
