import { describe, expect, it } from "vitest";
import type { Audience } from "../../../src/core/broadcasts/audience.ts";
import type { Enqueue } from "../../../src/core/broadcasts/outbound.ts";
import {
  countBroadcastRecipients,
  sendBroadcast,
} from "../../../src/core/broadcasts/send-broadcast.ts";
import { actorFor } from "../../../src/core/bindings/actor.ts";
import { enqueue } from "../../../src/outbox/queue.ts";
import { book, school } from "../../dialogs/staff/fixtures.ts";
import type { School } from "../../dialogs/staff/fixtures.ts";

const as = (s: School, userId: string) => actorFor(s.lib, { platform: "console", userId });

const draft = (audience: Audience, over: Partial<{ text: string; titleIds: number[] }> = {}) => ({
  text: over.text ?? "通知",
  titleIds: over.titleIds ?? [],
  audience,
  message: over.text ?? "通知",
});

async function chats(s: School, audience: Audience) {
  const r = await sendBroadcast(s.lib, await as(s, "librarian"), draft(audience), enqueue);
  if (!r.ok && r.code === "no_recipients") return [];
  if (!r.ok) throw new Error(r.code);
  const rows = await s.db.outbox.findMany({
    where: { dedupeKey: { startsWith: `broadcast:${r.value.broadcastId}:` } },
    select: { chatId: true },
  });
  return rows.map((x) => x.chatId).sort();
}

describe("broadcast recipients", () => {
  it("reaches each audience's accounts once", async () => {
    const s = await school();
    await s.db.chatGroup.create({
      data: { platform: "console", chatId: "g32", classId: s.c32.id },
    });
    const everyone = ["librarian", "parent", "parent2", "pupil", "teacher", "xiaoguan"];
    expect(await chats(s, { kind: "all" })).toEqual(everyone);
    expect(await chats(s, { kind: "role", role: "students" })).toEqual(["pupil", "xiaoguan"]);
    expect(await chats(s, { kind: "role", role: "teachers" })).toEqual(["teacher"]);
    expect(await chats(s, { kind: "grade", grade: 4 })).toEqual(["parent2", "xiaoguan"]);
    expect(await chats(s, { kind: "class", classId: s.c32.id })).toEqual([
      "parent",
      "pupil",
      "teacher",
    ]);
    expect(await chats(s, { kind: "groups", classId: s.c32.id })).toEqual(["g32"]);
    expect(await chats(s, { kind: "groups", grade: 4 })).toEqual([]);
  });
});

describe("a broadcast that recommends titles", () => {
  it("skips accounts that turned new-book notices off, in the preview count too", async () => {
    const s = await school();
    const { titleId } = await book(s.db, "西游记");
    await s.db.chatGroup.create({
      data: { platform: "console", chatId: "g32", classId: s.c32.id },
    });
    await s.db.chatMember.update({
      where: { id: s.members.parent },
      data: { mutedNotices: "due_soon,new_books" },
    });
    const librarian = await as(s, "librarian");
    const sent = async (audience: Audience, titleIds: number[]) => {
      const r = await sendBroadcast(s.lib, librarian, draft(audience, { titleIds }), enqueue);
      if (!r.ok) throw new Error(r.code);
      const rows = await s.db.outbox.findMany({
        where: { dedupeKey: { startsWith: `broadcast:${r.value.broadcastId}:` } },
        select: { chatId: true },
      });
      return rows.map((x) => x.chatId).sort();
    };
    const class32: Audience = { kind: "class", classId: s.c32.id };
    const count = (titleIds: number[]) =>
      countBroadcastRecipients(s.lib, librarian, class32, titleIds);

    expect(await count([titleId])).toEqual({ ok: true, value: 2 });
    expect(await sent(class32, [titleId])).toEqual(["pupil", "teacher"]);
    expect(await sent({ kind: "all" }, [titleId])).not.toContain("parent");
    expect(await sent({ kind: "groups", classId: s.c32.id }, [titleId])).toEqual(["g32"]);
    // A plain announcement is not a new-book notice: it reaches the parent.
    expect(await count([])).toEqual({ ok: true, value: 3 });
    expect(await sent(class32, [])).toEqual(["parent", "pupil", "teacher"]);
  });
});

describe("broadcast recipients of a class", () => {
  it("count a teacher who is also a parent in the class once", async () => {
    const s = await school();
    await s.db.binding.create({
      data: { memberId: s.members.teacher, kind: "guardian", patronId: s.hong.id },
    });
    const audience: Audience = { kind: "class", classId: s.c32.id };
    const librarian = await as(s, "librarian");
    expect(await countBroadcastRecipients(s.lib, librarian, audience)).toEqual({
      ok: true,
      value: 3,
    });
    expect(await chats(s, audience)).toEqual(["parent", "pupil", "teacher"]);
    expect((await s.db.broadcast.findFirstOrThrow()).recipientCount).toBe(3);
  });
});

describe("sendBroadcast", () => {
  it("records the broadcast and its rows in one transaction", async () => {
    const s = await school();
    const failing: Enqueue = async () => {
      throw new Error("disk full");
    };
    const librarian = await as(s, "librarian");
    await expect(sendBroadcast(s.lib, librarian, draft({ kind: "all" }), failing)).rejects.toThrow(
      "disk full",
    );
    expect(await s.db.broadcast.count()).toBe(0);
  });

  it("writes nothing when the audience reaches nobody", async () => {
    const s = await school();
    const r = await sendBroadcast(
      s.lib,
      await as(s, "librarian"),
      draft({ kind: "groups" }),
      enqueue,
    );
    expect(r).toEqual({ ok: false, code: "no_recipients" });
    expect(await s.db.broadcast.count()).toBe(0);
    expect(await s.db.outbox.count()).toBe(0);
  });

  it.each([
    ["not_librarian", "parent", draft({ kind: "all" })],
    ["text_too_long", "librarian", draft({ kind: "all" }, { text: "书".repeat(1001) })],
    ["empty_text", "librarian", draft({ kind: "all" }, { text: "  " })],
    ["too_many_titles", "librarian", draft({ kind: "all" }, { titleIds: [1, 2, 3, 4, 5, 6] })],
    ["unknown_title", "librarian", draft({ kind: "all" }, { titleIds: [999] })],
    ["unknown_class", "librarian", draft({ kind: "class", classId: 999 })],
    ["bad_audience", "librarian", draft({ kind: "grade", grade: 13 })],
  ] as const)("refuses %s and writes nothing", async (code, who, d) => {
    const s = await school();
    await book(s.db, "西游记");
    const r = await sendBroadcast(s.lib, await as(s, who), d, enqueue);
    expect(r).toMatchObject({ ok: false, code });
    expect(await s.db.outbox.count()).toBe(0);
    expect(await s.db.broadcast.count()).toBe(0);
  });

  it("counts recipients for the preview, librarian only", async () => {
    const s = await school();
    const audience: Audience = { kind: "class", classId: s.c32.id };
    expect(await countBroadcastRecipients(s.lib, await as(s, "librarian"), audience)).toEqual({
      ok: true,
      value: 3,
    });
    expect(await countBroadcastRecipients(s.lib, await as(s, "teacher"), audience)).toEqual({
      ok: false,
      code: "not_librarian",
    });
  });

  it("audits the broadcast by id", async () => {
    const s = await school();
    const r = await sendBroadcast(s.lib, await as(s, "librarian"), draft({ kind: "all" }), enqueue);
    if (!r.ok) throw new Error(r.code);
    const row = await s.db.auditLog.findFirstOrThrow({ where: { action: "broadcast.send" } });
    expect(row.subject).toBe(`broadcast:${r.value.broadcastId}`);
    expect(JSON.parse(row.detail)).toMatchObject({ recipients: 6 });
  });
});
