// Deliberately failing integration test, run with the integration project's global setup
// (the embedded PostgreSQL and its exit hooks): see README.md in this folder.
import { inject, expect, it } from "vitest";

it("fails on purpose (integration)", () => {
  expect(inject("databaseUrl")).toMatch(/^postgres/);
  expect("SELFCHECK-DELIBERATE-FAILURE").toBe("a passing value");
});
