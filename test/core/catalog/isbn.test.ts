import { expect, test } from "vitest";
import { isValidIsbn, toIsbn10, toIsbn13 } from "../../../src/core/catalog/isbn.ts";

test("an ISBN-10 with an X check digit converts to its ISBN-13", () => {
  expect(toIsbn13("7-02-000220-X")).toBe("9787020002207");
  expect(toIsbn13("702000220x")).toBe("9787020002207");
});

test("an ISBN-13 with hyphens stays itself without them", () => {
  expect(toIsbn13("978-0-201-61622-4")).toBe("9780201616224");
});

test("an ISBN-13 converts back to its ISBN-10", () => {
  expect(toIsbn10("9780201616224")).toBe("020161622X");
  expect(toIsbn10("9787020010905")).toBe("7020010903");
});

test("a wrong check digit, a wrong length or a 979 number without ISBN-10 are told apart", () => {
  expect(isValidIsbn("9787020002208")).toBe(false);
  expect(isValidIsbn("7020002201")).toBe(false);
  expect(isValidIsbn("97870200022")).toBe(false);
  expect(toIsbn13("西游记")).toBeNull();
  expect(isValidIsbn("9791032305690")).toBe(true);
  expect(toIsbn10("9791032305690")).toBeNull();
});
