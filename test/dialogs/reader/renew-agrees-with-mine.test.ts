import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

// Issue 16 trap 5: 我的 said "逾期 5 天，可续借 1 次" for a loan 续借 then refused as overdue,
// and the 续借 menu offered a loan 我的 called "不能再续借". Today is 2026-09-09; students
// renew once, within 3 days of the due date.

async function pupilWith(loans: { title: string; dueOn: string; renewals?: number }[]) {
  const lib = await testLibrary();
  const me = await addPupil(lib.db, "张小明");
  await bindAccount(lib.db, "ming", [me.id], { kind: "self" });
  const titles: Record<string, number> = {};
  for (const l of loans) {
    const title = await addTitle(lib.db, l.title);
    titles[l.title] = title.id;
    await addLoan(lib.db, me.id, title.id, { dueOn: l.dueOn, renewals: l.renewals ?? 0 });
  }
  return { lib, titles, chat: chatAs(readerBot(lib), "ming") };
}

describe("我的 and 续借 give the core's one renewal answer", () => {
  it("does not call an overdue loan renewable, and 续借 does not offer it", async () => {
    const { chat } = await pupilWith([{ title: "西游记", dueOn: "2026-09-04" }]);
    const mine = await chat.send("我的");
    expect(mine.text).toContain("· 《西游记》到期 09-04（逾期 5 天，不能续借，请尽快归还）");
    expect(mine.text).not.toContain("可续借");
    const renew = await chat.send("续借");
    expect(renew.labels).toEqual([]);
    expect(renew.text).toContain("· 《西游记》：这本书已经逾期 5 天，不能续借。请尽快归还。");
  });

  it("offers in 续借 exactly the loans 我的 calls renewable", async () => {
    const { lib, titles, chat } = await pupilWith([
      { title: "西游记", dueOn: "2026-09-10" },
      { title: "水浒传", dueOn: "2026-09-11", renewals: 1 },
      { title: "红楼梦", dueOn: "2026-09-11" },
      { title: "三国演义", dueOn: "2026-09-20" },
    ]);
    const waiting = await addPupil(lib.db, "王芳");
    await addHold(lib.db, waiting.id, titles["红楼梦"] ?? 0);
    const mine = (await chat.send("我的")).text.split("\n");
    const renewableInMine = mine
      .filter((line) => line.includes("可续借") && !line.includes("起可续借"))
      .map((line) => /《(.+?)》/.exec(line)?.[1]);
    expect(renewableInMine).toEqual(["西游记"]);
    expect(mine).toContain("· 《水浒传》到期 09-11（还剩 2 天，不能再续借）");
    expect(mine).toContain("· 《红楼梦》到期 09-11（还剩 2 天，有人在等这本书，不能续借）");
    expect(mine).toContain("· 《三国演义》到期 09-20（还剩 11 天，09-17 起可续借）");
    const renew = await chat.send("续借");
    expect(renew.labels).toEqual(["西游记 · 到期 09-10"]);
    expect(renew.text).toBe(
      [
        t("zh-CN", "reader_renew_blocked"),
        `· 《水浒传》：${t("zh-CN", "reader_renew_too_many")}`,
        `· 《红楼梦》：${t("zh-CN", "reader_renew_on_hold")}`,
        "· 《三国演义》：离到期还早，09-17 起才能续借。",
        t("zh-CN", "reader_renew_prompt"),
      ].join("\n"),
    );
  });

  it("says the same in English", async () => {
    const { lib, chat } = await pupilWith([{ title: "Holes", dueOn: "2026-09-04" }]);
    await lib.db.chatMember.updateMany({ where: { userId: "ming" }, data: { locale: "en" } });
    expect((await chat.send("mine")).text).toContain(
      "· “Holes” due 09-04 (5 days overdue, cannot be renewed: please return it soon)",
    );
    expect((await chat.send("renew")).text).toBe(
      [
        t("en", "reader_renew_nothing_open"),
        t("en", "reader_renew_blocked"),
        "· “Holes”: it is 5 days overdue and cannot be renewed. Please return it soon.",
      ].join("\n"),
    );
  });
});
