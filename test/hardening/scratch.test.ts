import { test } from "vitest";
import { demoSchool } from "../e2e/console-harness.ts";
test("broadcast", async () => {
  const { bot } = await demoSchool();
  let last: any;
  const send = async (userId: string, text?: string, pick?: number) => {
    const inbound: any = { platform: "console", chatId: userId, userId, isGroup: false };
    if (text !== undefined) inbound.text = text; else inbound.choice = { menuId: last.menuId, id: last.choices[pick!].id };
    try {
      const r = await bot.handle(inbound);
      last = r.at(-1);
      console.log(JSON.stringify(text ?? pick), "→", JSON.stringify(r).slice(0, 300));
    } catch (e) { console.log(JSON.stringify(text), "THREW", String(e), String((e as any).cause).slice(-200)); }
  };
  await send("demo-librarian", "广播 明天闭馆");
  await send("demo-librarian", undefined, 1);
  await send("demo-librarian", undefined, 0);
  await send("demo-librarian", undefined, 0);
  await send("demo-librarian", "活动 读书节");
  await send("demo-librarian", undefined, 0);
  await send("demo-librarian", "2026-09-20");
  await send("demo-librarian", "2026-09-30");
  await send("demo-librarian", "跳过");
  await send("demo-librarian", undefined, 0);
  await send("demo-librarian", undefined, 0);
});
