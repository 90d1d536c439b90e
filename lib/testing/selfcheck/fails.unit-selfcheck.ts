// Deliberately failing unit test: see README.md in this folder.
import { expect, it } from "vitest";

it("fails on purpose (unit)", () => {
  expect("SELFCHECK-DELIBERATE-FAILURE").toBe("a passing value");
});
