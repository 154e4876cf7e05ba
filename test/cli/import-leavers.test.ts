import { describe, expect, it } from "vitest";
import { csvFile } from "../core/imports/files.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

describe("shuxiang import roster with pupils marked 离校", () => {
  it("warns about leavers who still owe and queues their family's clearance notice", async () => {
    await run("import", "roster", csvFile(["借书证号,姓名,身份,班级", "S1,张小红,学生,5-1"]));
    const db = temp.db();
    const pupil = await db.patron.findUniqueOrThrow({ where: { cardNumber: "S1" } });
    const title = await db.title.create({
      data: { title: "西游记", addedOn: "2026-01-01", searchKey: "西游记" },
    });
    const copy = await db.copy.create({
      data: { barcode: "B1", titleId: title.id, status: "on_loan" },
    });
    await db.loan.create({ data: { copyId: copy.id, patronId: pupil.id, dueOn: "2026-09-20" } });
    const home = await db.chatMember.create({ data: { platform: "telegram", userId: "77" } });
    await db.binding.create({ data: { memberId: home.id, kind: "guardian", patronId: pupil.id } });

    const leaving = csvFile(["借书证号,姓名,身份,班级,借书证状态", "S1,张小红,学生,5-1,离校"]);
    const dry = await run("import", "roster", leaving, "--dry-run");
    expect(dry.out).toContain(
      "注意：1 名离校学生还有书未还或赔偿未结清：\n· 张小红（5-1）：《西游记》未还",
    );
    expect(await db.outbox.count()).toBe(0);
    const r = await run("import", "roster", leaving);
    expect(r.out).toContain(
      "（新标记离校的，已私信通知家长和班主任）：\n· 张小红（5-1）：《西游记》未还",
    );
    const sent = await db.outbox.findMany({ select: { chatId: true, payload: true } });
    expect(sent.map((m) => m.chatId)).toEqual(["77"]);
    expect(sent[0]?.payload).toContain("离校清还：张小红（5-1 班）已离校");
  });
});
