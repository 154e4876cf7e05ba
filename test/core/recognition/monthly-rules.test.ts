import { describe, expect, it } from "vitest";
import {
  keptShifts,
  readersOfMonth,
  sunshineHelpers,
} from "../../../src/core/recognition/monthly-rules.ts";

const pupil = (patronId: number, classId: number, books: number) => ({
  patronId,
  classId,
  name: `学生${patronId}`,
  books,
});

describe("readersOfMonth", () => {
  it("names the pupil with the most books per class, only from the minimum, and counts who reached it", () => {
    const r = readersOfMonth(
      [pupil(1, 10, 5), pupil(2, 10, 3), pupil(3, 10, 2), pupil(4, 20, 2)],
      3,
    );
    expect(r).toEqual([{ classId: 10, qualifying: 2, winners: [pupil(1, 10, 5)] }]);
  });

  it("lets pupils tied at the top share it", () => {
    const r = readersOfMonth([pupil(2, 10, 4), pupil(1, 10, 4)], 3);
    expect(r[0]?.winners.map((w) => w.patronId)).toEqual([1, 2]);
  });
});

describe("keptShifts and sunshineHelpers", () => {
  const shifts = [
    { id: 1, patronId: 7, weekday: 3, start: "09:30", end: "10:30", weeks: "every" },
    { id: 2, patronId: 8, weekday: 3, start: "12:00", end: "12:40", weeks: "odd" },
  ];
  const parity = (date: string) => (date === "2026-09-16" ? ("odd" as const) : ("even" as const));

  it("counts a shift once per day with desk work inside it, in the shift's weeks", () => {
    const kept = keptShifts(
      shifts,
      [
        { patronId: 7, date: "2026-09-09", clock: "09:45" },
        { patronId: 7, date: "2026-09-09", clock: "10:00" }, // same shift, same day
        { patronId: 7, date: "2026-09-16", clock: "10:29" },
        { patronId: 7, date: "2026-09-23", clock: "10:30" }, // after the shift ended
        { patronId: 7, date: "2026-09-10", clock: "09:45" }, // Thursday: no shift
        { patronId: 8, date: "2026-09-09", clock: "12:10" }, // even week, odd-week shift
        { patronId: 8, date: "2026-09-16", clock: "12:10" },
      ],
      parity,
    );
    expect([...kept.entries()]).toEqual([
      [7, 2],
      [8, 1],
    ]);
    expect(sunshineHelpers(kept)).toEqual([7]);
  });

  it("recognises nobody when no shift was kept", () => {
    expect(sunshineHelpers(keptShifts(shifts, [], parity))).toEqual([]);
  });
});
