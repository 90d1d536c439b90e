import { createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";

test.describe("inloggen", () => {
  test("sends a visitor without a session to the login page, and back to the nota after logging in", async ({ page }) => {
    await page.goto("/notas/BZ2410641");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnotas%2FBZ2410641/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("E-mailadres").fill("opsteller@demo.notaroute.nl");
    await page.getByLabel("Wachtwoord").fill("Notaroute-demo-2025");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/notas\/BZ2410641$/);
    await expect(page.getByRole("heading", { level: 1, name: /Toekomst en samenhang/ })).toBeVisible();
  });

  test("answers empty fields and a wrong password in Dutch, at the fields and without a trace", async ({ page, db }) => {
    const user = await createUser(db);
    await page.goto("/login");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Vul uw e-mailadres in.").first()).toBeVisible();
    await expect(page.getByText("Vul uw wachtwoord in.").first()).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Wachtwoord").fill("iets");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Vul een geldig e-mailadres in, bijvoorbeeld naam@minbuza.nl.").first()).toBeVisible();

    await page.getByLabel("E-mailadres").fill(user.email);
    await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator("body")).not.toContainText(/Error|at .*\.js/);
    await expectNoAccessibilityViolations(page);
  });

  test("slows down after three failures, even for the right password, and lets the person in once the wait is over", async ({ page, db }) => {
    const user = await createUser(db);
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(user.email);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.getByLabel("Wachtwoord").fill(`fout-${attempt}`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
    }
    await page.getByLabel("Wachtwoord").fill("Test-wachtwoord-123");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.");
    // No lock: after the wait (one second here) the right password works.
    await page.waitForTimeout(1_500);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  });

  test("logs out and ends the session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("secretariaat@demo.notaroute.nl");
    await page.getByLabel("Wachtwoord").fill("Notaroute-demo-2025");
    await page.getByRole("button", { name: "Inloggen" }).click();
    // The secretariat passes tweestapsverificatie; the demo shows the code its app would show.
    // Another test may use that code for the same account at the same moment: then the page, loaded again, shows the next.
    await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
    let tries = 0;
    await expect(async () => {
      if (tries++ > 0) await page.goto("/mfa");
      await page.getByLabel("Verificatiecode").fill((await page.getByTestId("demo-code").textContent()) ?? "");
      await page.getByRole("button", { name: "Verifiëren" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
    const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/login/);

    // The old cookie no longer opens anything: the session row is revoked on the server.
    await page.context().addCookies([sessionCookie]);
    await page.goto("/notas");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("a person ends a session on another device from the sessions page; that device is logged out at its next click", async ({ browser, db }) => {
  // A person of their own: other tests' demo sessions must not end.
  const user = await createUser(db);
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [laptopPage, phonePage] = [await laptop.newPage(), await phone.newPage()];
  await loginAs(laptopPage, user.email);
  await loginAs(phonePage, user.email);
  await phonePage.goto("/notas");
  await expect(phonePage.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();

  await laptopPage.goto("/notas");
  await laptopPage.getByRole("link", { name: "Sessies" }).click();
  const own = laptopPage.getByRole("table", { name: "Uw sessies" });
  await expect(own.getByText("(deze sessie)")).toBeVisible();
  await expectNoAccessibilityViolations(laptopPage);
  const others = own.getByRole("checkbox", { name: /^Sessie .* beëindigen$/ });
  expect(await others.count()).toBeGreaterThan(0);
  await others.first().check();
  // Without the password again nothing ends; with a wrong one neither.
  const form = laptopPage.getByRole("form", { name: "Uw sessies beëindigen" });
  await form.getByRole("button", { name: "Gekozen sessies beëindigen" }).click();
  await expect(form.getByText("Vul uw wachtwoord in ter bevestiging.")).toBeVisible();
  await form.getByLabel("Uw wachtwoord, ter bevestiging").fill("niet-het-goede");
  await form.getByRole("button", { name: "Gekozen sessies beëindigen" }).click();
  await expect(form.getByText("Het huidige wachtwoord is onjuist.")).toBeVisible();
  await expectNoAccessibilityViolations(laptopPage);
  await form.getByLabel("Uw wachtwoord, ter bevestiging").fill(TEST_PASSWORD);
  await form.getByRole("button", { name: "Alle andere sessies beëindigen" }).click();
  await expect(form.getByRole("status")).toHaveText(/beëindigd/);
  await expect(own.getByRole("checkbox")).toHaveCount(0);

  await phonePage.reload();
  await expect(phonePage).toHaveURL(/\/login/);
  await laptopPage.goto("/notas");
  await expect(laptopPage.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();
  await laptop.close();
  await phone.close();
});
