// Beheer of people and offices, and passwords, as the people involved do it: beheer invites a
// person and passes the link on, the person sets a password in a browser of their own, beheer
// deactivates them and their session ends at once; an office ends with a successor; a person
// changes their own password. Every page visited passes axe.
import { createOffice, createUser, TEST_PASSWORD, unique } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, loginAs, test, watchPageErrors } from "./fixtures/test";

const BEHEER = "beheer@demo.notaroute.nl";
const GOOD_PASSWORD = "fiets paraplu thee 42";

test("beheer invites a person with a membership; the person sets a password from the link and logs in; deactivated, they are logged out at once", async ({
  browser,
  page,
  db,
}) => {
  // Four people in their own browsers, a dozen pages each audited: on one slow core this takes a few minutes.
  test.setTimeout(240_000);
  const office = await createOffice(db);
  const name = `Iris ${unique()}`;
  const email = `${unique("iris-")}@test.notaroute.nl`;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await loginAs(page, BEHEER);

  await page.goto("/notas");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await expect(page).toHaveURL(/\/beheer\/personen$/);
  await expect(page.getByRole("heading", { level: 2, name: "Personen" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // An empty form is answered at the fields, in Dutch.
  const form = page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByRole("button", { name: "Persoon toevoegen en uitnodigen" }).click();
  await expect(form.locator("#persoon-name-fout")).toContainText("Vul de naam in.");
  await expect(form.getByLabel("Naam", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Naam", { exact: true }).fill(name);
  // Typed in capitals, stored lower-cased: the login compares lower-cased.
  await form.getByLabel("E-mailadres").fill(email.toUpperCase());
  await form.getByLabel("Onderdeel (niet verplicht)").selectOption({ label: `${office.code} – ${office.name}` });
  await form.getByLabel("Rol bij dat onderdeel").selectOption({ label: "Opsteller" });
  await form.getByRole("button", { name: "Persoon toevoegen en uitnodigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} is toegevoegd.` })).toBeVisible();

  // The link is shown once, with the honest word that nothing was sent, and copied with a button.
  await expect(page.getByText("Notaroute verstuurt geen e-mail.")).toBeVisible();
  const link = await page.getByLabel("Link om een wachtwoord in te stellen").inputValue();
  expect(link).toMatch(/\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Link kopiëren" }).click();
  await expect(page.getByText("De link is gekopieerd.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: `Naar ${name}` }).click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByText(email.toLowerCase())).toBeVisible();
  await expect(page.getByRole("table", { name: `Lidmaatschappen van ${name}` })).toContainText(office.code);
  await expect(page.getByText("uitgenodigd", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const personUrl = page.url();

  // The person, in a browser of their own, with no session.
  const own = await browser.newContext();
  watchPageErrors(own);
  const person = await own.newPage();
  await person.goto(link);
  await expect(person.getByRole("heading", { level: 1, name: "Wachtwoord instellen" })).toBeVisible();
  await expect(person.getByText(email.toLowerCase())).toBeVisible();
  await expectNoAccessibilityViolations(person);

  const password = person.getByLabel("Nieuw wachtwoord", { exact: true });
  const again = person.getByLabel("Nieuw wachtwoord nogmaals");
  const submit = person.getByRole("button", { name: "Wachtwoord instellen" });
  await password.fill("te kort");
  await again.fill("te kort");
  await submit.click();
  await expect(person.locator("#password-fout")).toContainText("Kies een wachtwoord van minstens 12 tekens (dit zijn er 7).");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(person);

  // Long enough, but on the list of breached passwords: the server says so at the field.
  await password.fill("LeaveMeAlone");
  await again.fill("LeaveMeAlone");
  await submit.click();
  await expect(person.locator("#password-fout")).toContainText("gelekte wachtwoorden");
  await expect(password).toHaveAttribute("aria-invalid", "true");

  await password.fill(GOOD_PASSWORD);
  await again.fill(GOOD_PASSWORD);
  await submit.click();
  await expect(person.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();
  await expectNoAccessibilityViolations(person);

  await person.getByRole("link", { name: "Naar inloggen" }).click();
  await expect(person.getByText("Vraag beheer om een link")).toBeVisible();
  await person.getByLabel("E-mailadres").fill(email);
  await person.getByLabel("Wachtwoord", { exact: true }).fill(GOOD_PASSWORD);
  await person.getByRole("button", { name: "Inloggen" }).click();
  await expect(person).not.toHaveURL(/\/login/);
  await expect(person.getByText(name, { exact: true })).toBeVisible();

  // The link worked once.
  await person.goto(link);
  await expect(person.getByRole("main").getByRole("alert")).toContainText("Deze link is al gebruikt.");
  await expectNoAccessibilityViolations(person);

  // Beheer deactivates the person: their very next request is the login page.
  await page.goto(personUrl);
  await expect(page.getByText("actief", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Account van ${name} deactiveren` }).click();
  await expect(page.getByRole("button", { name: `Account van ${name} weer actief maken` })).toBeVisible();
  await expect(page.getByText("gedeactiveerd", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await person.goto("/notas");
  await expect(person).toHaveURL(/\/login/);
  const session = await db.userSession.findFirstOrThrow({ where: { user: { email: email.toLowerCase() } }, orderBy: { createdAt: "desc" } });
  expect(session).toMatchObject({ revokedReason: "deactivated" });
  await own.close();
});

test("beheer adds an office and ends another with it as successor; the ended office's member is logged out and the office is no longer offered", async ({
  browser,
  page,
  db,
}) => {
  const ending = await createOffice(db);
  const member = await createUser(db, { memberships: [{ officeId: ending.id, role: "OPSTELLER" }] });
  const memberContext = await browser.newContext();
  watchPageErrors(memberContext);
  const memberPage = await memberContext.newPage();
  await loginAs(memberPage, member.email);
  await memberPage.goto("/notas");
  await expect(memberPage.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();

  await loginAs(page, BEHEER);
  await page.goto("/beheer/onderdelen");
  await expect(page.getByRole("heading", { level: 2, name: "Onderdelen" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const code = unique("N").toUpperCase();
  const add = page.getByRole("form", { name: "Onderdeel toevoegen" });
  await add.getByLabel("Afkorting").fill(ending.code);
  await add.getByLabel("Naam").fill("Dubbel");
  await add.getByRole("button", { name: "Onderdeel toevoegen" }).click();
  await expect(add.locator("#onderdeel-code-fout")).toContainText(`Er bestaat al een onderdeel met de afkorting ${ending.code}.`);
  await add.getByLabel("Afkorting").fill(code);
  await add.getByLabel("Naam").fill(`Directie ${code}`);
  await add.getByRole("radio", { name: "Organisatieonderdeel" }).check();
  await add.getByRole("button", { name: "Onderdeel toevoegen" }).click();
  await expect(page.getByText(`${code} is toegevoegd.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Onderdelen die bestaan" }).getByRole("link", { name: code })).toBeVisible();

  await page.getByRole("table", { name: "Onderdelen die bestaan" }).getByRole("link", { name: ending.code, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: `${ending.code} – ${ending.name}` })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const end = page.getByRole("form", { name: `${ending.code} opheffen` });
  await end.getByLabel("Opvolger").selectOption({ label: `${code} – Directie ${code}` });
  await end.getByRole("button", { name: `${ending.code} opheffen` }).click();
  await expect(end.getByText("Bevestig dat u dit onderdeel wilt opheffen.")).toBeVisible();
  await end.getByLabel("Opvolger").selectOption({ label: `${code} – Directie ${code}` });
  await end.getByRole("checkbox").check();
  await end.getByRole("button", { name: `${ending.code} opheffen` }).click();
  // Back on the list, which says what ended; the office is among the ended ones, with its successor.
  await expect(page).toHaveURL(/\/beheer\/onderdelen\?opgeheven=/);
  await expect(page.getByRole("status").filter({ hasText: `${ending.code} is opgeheven` })).toContainText(`opgevolgd door ${code}; 1 lidmaatschap beëindigd.`);
  const endedRow = page.getByRole("table", { name: "Opgeheven onderdelen" }).getByRole("row").filter({ hasText: ending.code });
  await expect(endedRow).toContainText(`${code} – Directie ${code}`);
  await expect(page.getByRole("table", { name: "Onderdelen die bestaan" }).getByRole("link", { name: ending.code, exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await memberPage.goto("/notas");
  await expect(memberPage).toHaveURL(/\/login/);

  // Beheer may draft for any office, but not for one that ended.
  await page.goto("/notas/nieuw");
  const owners = page.getByLabel("Van (onderdeel dat de nota opstelt)");
  await expect(owners.locator("option", { hasText: code })).toHaveCount(1);
  await expect(owners.locator("option", { hasText: ending.code })).toHaveCount(0);
  await memberContext.close();
});

test("a person changes their own password: the wrong current one is refused at its field; afterwards the old one no longer opens anything", async ({
  browser,
  page,
  db,
}) => {
  const user = await createUser(db);
  await loginAs(page, user.email);
  await page.goto("/notas");
  await page.getByRole("link", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord wijzigen" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const current = page.getByLabel("Huidig wachtwoord");
  const password = page.getByLabel("Nieuw wachtwoord", { exact: true });
  const again = page.getByLabel("Nieuw wachtwoord nogmaals");
  await current.fill("niet het goede");
  await password.fill(GOOD_PASSWORD);
  await again.fill(`${GOOD_PASSWORD}!`);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.locator("#confirmation-fout")).toContainText("De twee wachtwoorden zijn niet gelijk.");

  await again.fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.locator("#currentPassword-fout")).toContainText("Het huidige wachtwoord is onjuist.");
  await expectNoAccessibilityViolations(page);

  await current.fill(TEST_PASSWORD);
  await password.fill(GOOD_PASSWORD);
  await again.fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd." })).toBeVisible();

  // This session goes on; a login with the old password does not.
  await page.goto("/notas");
  await expect(page.getByRole("heading", { level: 1, name: "Nota's" })).toBeVisible();
  const elsewhere = await browser.newContext();
  watchPageErrors(elsewhere);
  const other = await elsewhere.newPage();
  await other.goto("/login");
  await other.getByLabel("E-mailadres").fill(user.email);
  await other.getByLabel("Wachtwoord", { exact: true }).fill(TEST_PASSWORD);
  await other.getByRole("button", { name: "Inloggen" }).click();
  await expect(other.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
  await other.getByLabel("Wachtwoord", { exact: true }).fill(GOOD_PASSWORD);
  await other.getByRole("button", { name: "Inloggen" }).click();
  await expect(other).not.toHaveURL(/\/login/);
  await elsewhere.close();
});
