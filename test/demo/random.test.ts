import { expect, test } from "vitest";
import { mulberry32, streamFor } from "../../src/demo/random.ts";
import { classesPerGrade } from "../../src/demo/school.ts";
import { usualTermOf } from "../../src/demo/term.ts";

test("a seeded stream repeats exactly and streams of other parts differ", () => {
  const draw = (part: string) => Array.from({ length: 5 }, streamFor(3, part).next);
  expect(draw("titles")).toEqual(draw("titles"));
  expect(draw("titles")).not.toEqual(draw("school"));
  const r = mulberry32(1);
  expect(Array.from({ length: 1000 }, r).every((x) => x >= 0 && x < 1)).toBe(true);
});

test("a school of about 40 pupils a class has 6 classes at 240 pupils and 50 at 2000", () => {
  expect(classesPerGrade(240)).toEqual([1, 1, 1, 1, 1, 1]);
  expect(classesPerGrade(2000)).toEqual([9, 9, 8, 8, 8, 8]);
});

test("the usual term runs Sep 1 – Jan 20 and Feb 20 – Jul 10, the last one in a holiday", () => {
  expect(usualTermOf("2026-11-25")).toEqual({
    name: "2026秋",
    startsOn: "2026-09-01",
    endsOn: "2027-01-20",
  });
  expect(usualTermOf("2027-01-10").name).toBe("2026秋");
  expect(usualTermOf("2027-02-05").name).toBe("2026秋");
  expect(usualTermOf("2027-03-01")).toEqual({
    name: "2027春",
    startsOn: "2027-02-20",
    endsOn: "2027-07-10",
  });
  expect(usualTermOf("2027-08-01").name).toBe("2027春");
});
