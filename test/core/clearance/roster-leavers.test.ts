import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { importRoster } from "../../../src/core/imports/roster-import.ts";
import { clearanceNoticeDeps } from "../../../src/jobs/leaving-clearance.ts";
import { enqueue } from "../../../src/outbox/queue.ts";
import { addAccount, addClass, addLoan, addPatron, inbox } from "../../jobs/fixtures.ts";
import { testLibrary } from "../../support/library.ts";
import { csvFile } from "../imports/files.ts";

async function school() {
  const lib = await testLibrary();
  const c = await addClass(lib.db, 4, 2);
  const gone = await addPatron(lib.db, "张小红", { classId: c });
  const clear = await addPatron(lib.db, "李明", { classId: c });
  await addPatron(lib.db, "陶老师", { role: "teacher", heads: [c] }).then((tao) =>
    addAccount(lib.db, "tao", [{ kind: "teacher", patronId: tao }]),
  );
  await addAccount(lib.db, "home", [{ kind: "guardian", patronId: gone }]);
  await addAccount(lib.db, "li-home", [{ kind: "guardian", patronId: clear }]);
  await addLoan(lib.db, gone, "西游记", "2026-09-20");
  const cards = await lib.db.patron.findMany({
    orderBy: { id: "asc" },
    select: { cardNumber: true },
  });
  const file = csvFile([
    "借书证号,姓名,身份,班级,借书证状态",
    `${cards[0]?.cardNumber},张小红,学生,4-2,离校`,
    `${cards[1]?.cardNumber},李明,学生,4-2,离校`,
  ]);
  return { lib, file };
}

const options = { clearance: clearanceNoticeDeps(enqueue, "zh-CN") };

describe("a roster marking pupils 离校", () => {
  it("warns about leavers who still owe and tells their family and class teacher, once", async () => {
    const { lib, file } = await school();
    const r = await importRoster(lib, systemActor, file, options);
    expect(r.ok && r.value.leaversOwing?.map((p) => [p.name, p.loans.map((l) => l.title)])).toEqual(
      [["张小红", ["西游记"]]],
    );
    const box = await inbox(lib.db);
    expect(box.get("home")?.[0]).toMatch(
      /^离校清还：张小红（4-2 班）已离校，请尽快到图书馆归还图书、结清赔偿：\n· 归还《西游记》/,
    );
    expect(box.get("tao")).toEqual([
      "离校清还名单（已离校的学生）：\n4-2 班：1 人未清还\n· 张小红：《西游记》未还\n家长已收到私信提醒。发送“逾期”可查看全班借阅情况。",
    ]);
    expect(box.has("li-home")).toBe(false);
    const again = await importRoster(lib, systemActor, file, options);
    expect(again.ok && again.value.leaversOwing?.length).toBe(1);
    expect(await lib.db.outbox.count()).toBe(2);
  });

  it("tells nobody on a dry run, but still warns", async () => {
    const { lib, file } = await school();
    const r = await importRoster(lib, systemActor, file, { ...options, dryRun: true });
    expect(r.ok && r.value.leaversOwing?.length).toBe(1);
    expect(await lib.db.outbox.count()).toBe(0);
    expect(await lib.db.patron.count({ where: { status: "left" } })).toBe(0);
  });
});
