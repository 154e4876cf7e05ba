import type { DemoActivityRow } from "../db/demo-rows.ts";
import type { DemoDays } from "./days.ts";

const audience = (a: { kind: "all" | "grade" | "class" | "role"; value?: string | number }) =>
  JSON.stringify(a);

/**
 * Three reading activities around today: a reading festival (读书节) under way for everyone,
 * an essay contest (征文) for pupils with a deadline three weeks ahead, and a story hour
 * (故事会) for the first grade in a few days.
 */
export function planActivities(days: DemoDays): DemoActivityRow[] {
  const storyDay = days.calendar.openOnOrAfter(days.plus(3));
  const createdAt = days.now;
  return [
    {
      name: "书香校园读书节",
      kind: "reading_festival",
      description: "读一本好书，写一张书签，讲一个故事。全校师生一起来！",
      startsOn: days.plus(-7),
      endsOn: days.plus(21),
      deadlineOn: null,
      audience: audience({ kind: "all" }),
      createdAt,
    },
    {
      name: "“我最喜爱的一本书”征文",
      kind: "essay",
      description: "三至六年级同学参加，字数 400–800 字，交给语文老师。",
      startsOn: days.today,
      endsOn: days.plus(28),
      deadlineOn: days.calendar.openOnOrAfter(days.plus(21)),
      audience: audience({ kind: "role", value: "student" }),
      createdAt,
    },
    {
      name: "一年级绘本故事会",
      kind: "story_hour",
      description: "图书馆老师讲《猜猜我有多爱你》，欢迎家长陪同。",
      startsOn: storyDay,
      endsOn: storyDay,
      deadlineOn: null,
      audience: audience({ kind: "grade", value: 1 }),
      createdAt,
    },
  ];
}
