import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addLoan, book, school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;

// Issue 16 item 4: "逾期 3-1" from the teacher of another class silently showed their own class.
describe("逾期 with a class named", () => {
  it("refuses a class that is not the teacher's, with the reason and their classes", async () => {
    const s = await school();
    await addLoan(s.db, s.ming.id, (await book(s.db, "西游记")).id, "2026-08-30");
    await addLoan(s.db, s.hai.id, (await book(s.db, "三国演义")).id, "2026-09-01");
    const other = textOf(await send(s.bot, "teacher", "逾期 4-1"));
    expect(other).toBe(t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" }));
    expect(other).not.toContain("赵大海");
    const own = textOf(await send(s.bot, "teacher", "逾期 三年二班"));
    expect(own).toContain(t(zh, "overdue_class_header", { className: "3-2", pupils: 1, items: 1 }));
    expect(textOf(await send(s.bot, "teacher", "逾期 9-9"))).toBe(
      t(zh, "class_no_such_class", { name: "9-9", mine: "3-2" }),
    );
  });

  it("shows the librarian the class named", async () => {
    const s = await school();
    await addLoan(s.db, s.hai.id, (await book(s.db, "三国演义")).id, "2026-09-01");
    const text = textOf(await send(s.bot, "librarian", "逾期 4-1"));
    expect(text).toContain(
      t(zh, "overdue_class_header", { className: "4-1", pupils: 1, items: 1 }),
    );
  });

  it("takes a class sent after 逾期 as the class, refusing one that is not the teacher's", async () => {
    const s = await school();
    await addLoan(s.db, s.hai.id, (await book(s.db, "三国演义")).id, "2026-09-01");
    const first = textOf(await send(s.bot, "teacher", "逾期"));
    expect(first.endsWith(t(zh, "overdue_name_class"))).toBe(true);
    const other = textOf(await send(s.bot, "teacher", "4-1"));
    expect(other).toBe(t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" }));
    expect(other).not.toContain("赵大海");
    await send(s.bot, "teacher", "逾期");
    expect(textOf(await send(s.bot, "teacher", "西游记"))).toBe("(search)");
  });
});
