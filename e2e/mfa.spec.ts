// Tweestapsverificatie as a kabinet member meets it: enrolment with the QR page, the recovery
// codes, the second step at every login (a wrong code refused at the field), a recovery code
// that works once. The codes are computed here as an authenticator app would, from the secret
// the page shows in text.
import type { Page } from "@playwright/test";
import { totpCode, totpStep } from "@/lib/auth/mfa/totp";
import { createOffice, createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, test } from "./fixtures/test";

async function logIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A six-digit code that is none of the codes the app could show around now. */
function wrongCode(secret: string): string {
  const now = totpStep(new Date());
  const valid = new Set([-2, -1, 0, 1, 2].map((delta) => totpCode(secret, now + delta)));
  return ["000000", "111111", "222222", "333333"].find((code) => !valid.has(code))!;
}

test("a kabinet member enrols with the QR page, keeps the recovery codes, and passes the second step at every login", async ({ page, db }) => {
  test.setTimeout(120_000);
  const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }], mfa: false });
  const nota = "/notas";

  // After the password: enrolment first, before anything else.
  await logIn(page, person.email);
  await expect(page).toHaveURL(/\/mfa\/instellen/);
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code om Notaroute voor .* toe te voegen/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // Nothing else opens until then: pages lead back here, the API refuses in Dutch.
  await page.goto(nota);
  await expect(page).toHaveURL(/\/mfa\/instellen/);
  const refused = await page.request.get("/api/sessie");
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toContain("tweestapsverificatie");

  // The secret as text, typed into the "app" (computed here).
  const secret = ((await page.locator("#mfa-sleutel").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Verificatiecode").fill(wrongCode(secret));
  await page.getByRole("button", { name: "Instellen bevestigen" }).click();
  await expect(page.locator("#verificatiecode-fout")).toContainText("Deze verificatiecode klopt niet");
  await expect(page.getByLabel("Verificatiecode")).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Verificatiecode").fill(totpCode(secret, totpStep(new Date())));
  await page.getByRole("button", { name: "Instellen bevestigen" }).click();
  const done = page.getByRole("heading", { level: 2, name: /Tweestapsverificatie is ingesteld/ });
  await expect(done).toBeFocused();
  const codes = (await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /verder naar Notaroute/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();
  expect((await page.request.get("/api/sessie")).status()).toBe(200);
  await expectNoAccessibilityViolations(page);
  await logOut(page);

  // The next login asks for the code; a wrong one is refused at the field, in Dutch.
  await logIn(page, person.email);
  await expect(page).toHaveURL(/\/mfa\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await expect(page.getByTestId("demo-code")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Verificatiecode").fill(wrongCode(secret));
  await page.getByRole("button", { name: "Verifiëren" }).click();
  await expect(page.locator("#verificatiecode-fout")).toContainText("Deze verificatiecode klopt niet");
  await expect(page.getByLabel("Verificatiecode")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("form").first().getByRole("alert")).toContainText("Deze verificatiecode klopt niet");
  await expectNoAccessibilityViolations(page);

  // The right code: the step after the one enrolment used (a code is accepted once).
  const { mfaLastStep } = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { mfaLastStep: true } });
  await page.getByLabel("Verificatiecode").fill(totpCode(secret, Math.max(totpStep(new Date()), mfaLastStep! + 1)));
  await page.getByRole("button", { name: "Verifiëren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();
  await logOut(page);

  // Without the phone: a recovery code, once.
  await logIn(page, person.email);
  await page.getByText("Geen toegang tot uw app? Gebruik een herstelcode").click();
  await page.getByLabel("Herstelcode").fill(codes[0].toLowerCase());
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Herstelcode gebruiken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();
  await logOut(page);

  await logIn(page, person.email);
  await page.getByText("Geen toegang tot uw app? Gebruik een herstelcode").click();
  await page.getByLabel("Herstelcode").fill(codes[0]);
  await page.getByRole("button", { name: "Herstelcode gebruiken" }).click();
  await expect(page.locator("#herstelcode-fout")).toHaveText(/Deze herstelcode klopt niet of is al gebruikt\./);
  await expect(page.getByLabel("Herstelcode")).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Herstelcode").fill(codes[1]);
  await page.getByRole("button", { name: "Herstelcode gebruiken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();

  // Every step is in the audit log.
  const actions = (await db.auditEvent.findMany({ where: { actorId: person.id, action: { startsWith: "mfa." } }, select: { action: true, result: true } })).map(
    (e) => `${e.action}:${e.result}`,
  );
  expect(actions.sort()).toEqual(
    [
      "mfa.enrolled:SUCCESS",
      "mfa.recovery_code_used:SUCCESS",
      "mfa.recovery_code_used:SUCCESS",
      "mfa.verification_failed:REFUSED",
      "mfa.verification_failed:REFUSED",
      "mfa.verification_failed:REFUSED",
      "mfa.verified:SUCCESS",
    ].sort(),
  );
});

test("a demo account's /mfa page shows the current demo code, and it lets the person in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill("beheer@demo.notaroute.nl");
  await page.getByLabel("Wachtwoord").fill("Notaroute-demo-2025");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await expect(page.getByText("Alleen in de demo")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // Another test may log in as beheer at the same moment and use this very code: then the page, loaded again, shows the next.
  let tries = 0;
  await expect(async () => {
    if (tries++ > 0) await page.goto("/mfa");
    await page.getByLabel("Verificatiecode").fill((await page.getByTestId("demo-code").textContent()) ?? "");
    await page.getByRole("button", { name: "Verifiëren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
});
