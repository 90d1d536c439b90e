// Deliberately failing end-to-end test, run through `npm run test:e2e` against the real
// server: see lib/testing/selfcheck/README.md.
import { expect, test } from "@playwright/test";

test("fails on purpose (e2e)", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect("SELFCHECK-DELIBERATE-FAILURE").toBe("a passing value");
});
