import { afterEach, describe, expect, it } from "vitest";
import { activityNotices } from "../../../src/jobs/activity-notices.ts";
import {
  addAccount,
  addClass,
  addGroup,
  addPatron,
  inbox,
  jobContext,
} from "../../jobs/fixtures.ts";
import { testLibrary } from "../../support/library.ts";
import { until } from "../../support/wait.ts";
import { startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { groupChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("looking up a class's families in its Telegram group", () => {
  it("asks Telegram which bound parents are in the class group, so only the others get a private copy", async () => {
    const lib = await testLibrary({ at: "2026-09-09T08:00:00+08:00" });
    const c32 = await addClass(lib.db, 3, 2);
    const [a, b] = [
      await addPatron(lib.db, "安安", { classId: c32 }),
      await addPatron(lib.db, "贝贝", { classId: c32 }),
    ];
    await addAccount(lib.db, "3001", [{ kind: "guardian", patronId: a }]);
    await addAccount(lib.db, "3002", [{ kind: "guardian", patronId: b }]);
    const group = groupChat(-100320, "三年级二班家长群");
    await addGroup(lib.db, String(group.id), c32);
    await lib.db.activity.create({
      data: {
        kind: "other",
        name: "读书节",
        startsOn: "2026-09-09",
        endsOn: "2026-09-30",
        deadlineOn: "2026-09-20",
        audience: JSON.stringify({ kind: "class", value: "3-2" }),
        createdAt: new Date("2026-08-25T10:00:00+08:00"),
      },
    });
    h = await startHarness(lib, []);
    // 3001 is in the group but never writes there (privacy mode: the bot sees nothing of her).
    h.fake.groupMembers.set(group.id, new Set([3001, 9999]));
    h.fake.push(h.fake.text(user(9999, "班主任"), group, "明天交阅读单"));
    await until(
      async () => (await lib.db.inboundUpdate.count({ where: { status: "done" } })) === 2,
    );
    await h.gate.idle();
    expect(
      h.fake
        .callsOf("getChatMember")
        .map((p) => p.user_id)
        .sort(),
    ).toEqual([3001, 3002]);
    await activityNotices(lib, jobContext(lib));
    expect([...(await inbox(lib.db)).keys()].sort()).toEqual(["-100320", "3002"]);
  });
});
