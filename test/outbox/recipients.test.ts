import { describe, expect, it } from "vitest";
import { noteGroupMembers } from "../../src/db/group-member-repo.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import {
  classTeacherRecipients,
  classWideRecipients,
  patronRecipients,
} from "../../src/outbox/recipients.ts";
import { addAccount, addClass, addGroup, addPatron } from "../jobs/fixtures.ts";
import { testLibrary } from "../support/library.ts";

const chats = (list: { chatId: string }[] | undefined) => (list ?? []).map((r) => r.chatId).sort();

describe("notice recipients", () => {
  it("sends a pupil's notices to the pupil and every guardian, in each one's language", async () => {
    const { db } = await testLibrary();
    const c = await addClass(db, 3, 2);
    const ann = await addPatron(db, "安安", { classId: c });
    await addAccount(db, "ann", [{ kind: "self", patronId: ann }], { locale: "en" });
    await addAccount(db, "dad", [{ kind: "guardian", patronId: ann }]);
    await addAccount(db, "mum", [{ kind: "guardian", patronId: ann }], { locale: "xx" });
    const map = await patronRecipients(db, [ann], "zh-CN");
    expect(map.get(ann)?.map((r) => [r.chatId, r.locale])).toEqual([
      ["ann", "en"],
      ["dad", "zh-CN"],
      ["mum", "zh-CN"],
    ]);
  });

  it("finds a class's teachers through the classes they head", async () => {
    const { db } = await testLibrary();
    const c32 = await addClass(db, 3, 2);
    const c41 = await addClass(db, 4, 1);
    const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c32] });
    await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
    const map = await classTeacherRecipients(db, [c32, c41], "zh-CN");
    expect(chats(map.get(c32))).toEqual(["tao"]);
    expect(map.has(c41)).toBe(false);
  });

  it("sends a class's notice to its linked group and privately to families not known to be in it", async () => {
    const { db, now } = await testLibrary();
    const c32 = await addClass(db, 3, 2);
    const c41 = await addClass(db, 4, 1);
    const a = await addPatron(db, "安安", { classId: c32 });
    const b = await addPatron(db, "贝贝", { classId: c41 });
    const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c41] });
    await addAccount(db, "pa", [{ kind: "guardian", patronId: a }]);
    await addAccount(db, "pb", [{ kind: "guardian", patronId: b }]);
    await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
    await addGroup(db, "-32", c32);
    const before = await classWideRecipients(db, [c32, c41], "zh-CN");
    expect(chats(before.get(c32))).toEqual(["-32", "pa"]);
    expect(before.get(c32)?.[0]?.isGroup).toBe(true);
    expect(chats(before.get(c41))).toEqual(["pb", "tao"]);
    // Once pa is known to be in the group, the group's message is enough.
    await noteGroupMembers(db, { platform: "telegram", chatId: "-32" }, ["pa"], now());
    const after = await classWideRecipients(db, [c32, c41], "zh-CN");
    expect(chats(after.get(c32))).toEqual(["-32"]);
  });

  it("marks outbox rows to a linked group as group rows and broadcast rows with their broadcast", async () => {
    const { db } = await testLibrary();
    await addGroup(db, "-32", await addClass(db, 3, 2));
    const row = (chatId: string) => ({
      dedupeKey: `broadcast:7:telegram:${chatId}`,
      platform: "telegram",
      chatId,
      kind: "broadcast" as const,
      text: "通知",
    });
    await enqueue(db, [row("-32"), row("55")], new Date());
    const rows = await db.outbox.findMany({
      orderBy: { id: "asc" },
      select: { chatId: true, isGroup: true, broadcastId: true },
    });
    expect(rows).toEqual([
      { chatId: "-32", isGroup: true, broadcastId: 7 },
      { chatId: "55", isGroup: false, broadcastId: 7 },
    ]);
  });
});
