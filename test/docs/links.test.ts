import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..", "..");
const pages = [
  "README.md",
  "adapters/wechat/README.md",
  ...readdirSync(join(repo, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** Markdown link targets of a page that are files (not web addresses or anchors). */
function fileLinks(page: string): string[] {
  const text = readFileSync(join(repo, page), "utf8");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] ?? "").split("#")[0] ?? "")
    .filter((target) => target !== "" && !/^[a-z]+:/i.test(target));
}

describe("the documentation", () => {
  it("has the pages users and newcomers need", () => {
    for (const page of ["docs/users.md", "docs/architecture.md", "docs/deployment.md"]) {
      expect(existsSync(join(repo, page)), page).toBe(true);
    }
  });

  it.each(pages)("%s links only to files inside the repository that exist", (page) => {
    for (const target of fileLinks(page)) {
      const file = resolve(repo, dirname(page), target);
      expect(relative(repo, file).startsWith(".."), `${page} → ${target}`).toBe(false);
      expect(existsSync(file), `${page} → ${target}`).toBe(true);
    }
  });

  it("names no file outside the repository (../shared and the like)", () => {
    for (const page of pages) {
      expect(readFileSync(join(repo, page), "utf8"), page).not.toMatch(/\.\.\/shared\//);
    }
  });
});
