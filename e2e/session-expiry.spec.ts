// The idle timeout as a person meets it: a warning before the end that lets them stay, and at
// the end the login page, with this browser's local drafts gone. The browser's clock is
// Playwright's; the server's idea of the last activity is moved back in the database, so both
// clocks agree on how much time is left.
import type { Db } from "@/lib/db/create-client";
import { IDLE_TIMEOUT_MINUTES } from "@/lib/auth/session-policy";
import { createOffice, createUser } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";

async function liveSession(db: Db, userId: string) {
  return db.userSession.findFirstOrThrow({ where: { userId, revokedAt: null }, orderBy: { createdAt: "desc" } });
}

/** Makes the server believe the person's last own request was `secondsAgo` ago. */
async function lastActive(db: Db, sessionId: string, secondsAgo: number) {
  await db.userSession.update({ where: { id: sessionId }, data: { lastActivityAt: new Date(Date.now() - secondsAgo * 1000) } });
}

test("warns before the idle timeout, lets the person stay, and at the end clears local drafts and asks to log in again", async ({ page, db }) => {
  const office = await createOffice(db);
  const user = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  await page.clock.install();
  await loginAs(page, user.email);
  await page.goto("/notas");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The countdown starts once the page is live in the browser; only then does moving the clock count.
  await expect(page.locator('dialog[data-aftellen="loopt"]')).toBeAttached();
  const session = await liveSession(db, user.id);

  // 90 seconds before the end: the warning is due 30 seconds before that moment already.
  await lastActive(db, session.id, IDLE_TIMEOUT_MINUTES * 60 - 90);
  await page.clock.fastForward(`${IDLE_TIMEOUT_MINUTES - 2}:00`);
  const warning = page.getByRole("alertdialog", { name: "Uw sessie verloopt bijna" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/Over \d+ (minuten|minuut|seconden) wordt u uitgelogd/);
  await expect(warning.getByRole("button", { name: "Sessie verlengen" })).toBeFocused();
  await expectNoAccessibilityViolations(page);

  await page.keyboard.press("Enter");
  await expect(warning).toBeHidden();
  const extended = await db.userSession.findUniqueOrThrow({ where: { id: session.id } });
  expect(Date.now() - extended.lastActivityAt.getTime()).toBeLessThan(60_000);

  // A draft left in this browser, then the session runs out without anybody there.
  await page.evaluate(() => window.localStorage.setItem("notaroute:concept:een-nota:een-persoon:een-sessie", "{}"));
  await lastActive(db, session.id, IDLE_TIMEOUT_MINUTES * 60 + 1);
  await page.clock.fastForward(`${IDLE_TIMEOUT_MINUTES}:00`);
  await expect(page).toHaveURL(/\/login\?reden=verlopen/);
  await expect(page.getByRole("status")).toContainText("Uw sessie is verlopen.");
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("notaroute:concept:")))).toEqual([]);
  await expectNoAccessibilityViolations(page);

  // And the server agrees: the old session lets nobody in.
  await page.goto("/notas");
  await expect(page).toHaveURL(/\/login/);
});

test("passing the second factor gives a new session id, and a second login in the same browser ends the first session", async ({ page, db }) => {
  const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const user = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }] });
  await loginAs(page, user.email);
  const afterFirst = await db.userSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
  // The session of the password step ended when the second factor was passed; its successor is verified.
  expect(afterFirst.map((s) => [s.revokedReason, s.mfaVerifiedAt !== null])).toEqual([
    ["second_factor_passed", false],
    [null, true],
  ]);
  expect((await page.request.get("/api/sessie")).status()).toBe(200);

  await loginAs(page, user.email);
  const live = await db.userSession.findMany({ where: { userId: user.id, revokedAt: null } });
  expect(live).toHaveLength(1);
  expect(await db.userSession.findUniqueOrThrow({ where: { id: afterFirst[1].id } })).toMatchObject({ revokedReason: "replaced_by_login" });
  expect((await page.request.get("/api/sessie")).status()).toBe(200);
});
