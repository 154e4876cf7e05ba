import { expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import { addCopy, addPupil, addTitle, bindAccount, chatAs, readerBot } from "./fixtures.ts";

// Issue 16 item 7: reserving a reference book asked "为哪个孩子预约？" before refusing.
it("refuses a reference book before asking which child it is for", async () => {
  const lib = await testLibrary();
  const ming = await addPupil(lib.db, "张小明");
  const hong = await addPupil(lib.db, "张小红");
  await bindAccount(lib.db, "zhang", [ming.id, hong.id]);
  const title = await addTitle(lib.db, "新华字典", { isReference: true });
  await addCopy(lib.db, title.id, { status: "on_loan" });
  const zhang = chatAs(readerBot(lib), "zhang");
  expect((await zhang.send("预约 新华字典")).labels[0]).toContain("新华字典");
  const answer = await zhang.send("1");
  expect(answer.text).toBe(t("zh-CN", "reader_hold_reference_only"));
  expect(answer.labels).toEqual([]);
  expect(await lib.db.hold.count()).toBe(0);
});
