import { test } from "vitest";
import { demoSchool } from "../e2e/console-harness.ts";
test("timing", async () => {
  let t0 = performance.now();
  const { bot, lib } = await demoSchool();
  console.log("build", performance.now() - t0);
  const send = async (userId: string, text: string) => {
    t0 = performance.now();
    const r = await bot.handle({ platform: "console", chatId: userId, userId, isGroup: false, text });
    console.log(JSON.stringify(text.slice(0, 30)), (performance.now() - t0).toFixed(1), JSON.stringify(r).slice(0, 300));
  };
  await send("demo-parent", "续借");
  await send("demo-parent", "x".repeat(10000));
  await send("demo-parent", "搜索 " + "西游".repeat(5000));
  await send("demo-parent", "'; DROP TABLE Loan; --");
  await send("demo-librarian", "逾期");
  await send("demo-teacher", "逾期");
  await send("nobody", "绑定 ABCD-EFGH");
  console.log(await lib.db.patron.count(), await lib.db.copy.count());
});
