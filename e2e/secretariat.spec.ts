import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { addDays } from "@/lib/domain/planning";
import { bullets, doc } from "@/lib/domain/rich-text/build";
import { createNota, notaContent } from "@/lib/testing/factories";
import { exampleCopy, personPage } from "./fixtures/route";
import { expect, expectNoAccessibilityViolations, test } from "./fixtures/test";

const today = todayInAmsterdam();
const statusOf = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Status en route" });
const planning = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Planning" });

/** A copy of the example nota, decided by every office, with a Kamer deadline `days` ahead and no timeline of its own. */
async function beslotenNota(db: Parameters<typeof exampleCopy>[0], days: number) {
  const nota = await exampleCopy(db);
  await db.timelineEntry.deleteMany({ where: { notaId: nota.id } });
  await db.nota.update({ where: { id: nota.id }, data: { status: "BESLOTEN", routeRound: 1, kamerDeadline: new Date(`${addDays(today, days)}T00:00:00Z`) } });
  return nota;
}

test("the secretariat schedules a besloten nota through RDINEV and the MR to afgerond", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const nota = await beslotenNota(db, 40);
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto(`/notas/${nota.reference}`);
  await expect(statusOf(page)).toContainText("Besloten");

  // RDINEV first, as bespreekstuk, on the meeting the plan proposes.
  const onderraadForm = page.getByRole("form", { name: "Agenderen voor de onderraad" });
  await expect(onderraadForm.getByLabel("Vergadering van de onderraad")).toContainText("(volgens planning)");
  await onderraadForm.getByLabel("Bespreekstuk").check();
  await onderraadForm.getByRole("button", { name: "Agenderen" }).click();
  await expect(statusOf(page)).toContainText("Geagendeerd onderraad");
  const onderraadLink = planning(page).getByRole("link", { name: /^RDINEV / });
  await expect(onderraadLink).toBeVisible();
  await expect(planning(page)).toContainText("bespreekstuk");

  // Then the ministerraad, as hamerstuk.
  const mrForm = page.getByRole("form", { name: "Agenderen voor de ministerraad" });
  await mrForm.getByRole("button", { name: "Agenderen" }).click();
  await expect(statusOf(page)).toContainText("Geagendeerd ministerraad");
  await expectNoAccessibilityViolations(page);

  // The onderraad's agenda is a page of its own, to print.
  await onderraadLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Agenda Raad Defensie");
  await expect(page.getByRole("region", { name: /^Bespreekstukken/ }).getByRole("link", { name: nota.reference })).toBeVisible();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The MR has met (time moves on: its agenda item now lies on last Friday's MR).
  const pastMr = await db.meeting.findFirstOrThrow({
    where: { council: { code: "MR" }, cancelled: false, date: { lt: new Date(`${today}T00:00:00Z`), gt: new Date(`${addDays(today, -30)}T00:00:00Z`) } },
    orderBy: { date: "desc" },
  });
  await db.agendaItem.update({ where: { notaId_councilKind: { notaId: nota.id, councilKind: "MINISTERRAAD" } }, data: { meetingId: pastMr.id } });
  await db.agendaItem.delete({ where: { notaId_councilKind: { notaId: nota.id, councilKind: "ONDERRAAD" } } });
  await page.goto(`/notas/${nota.reference}`);
  const sent = page.getByRole("form", { name: "Uitkomst en verzending" });
  await sent.getByLabel("Gewijzigd aangenomen").check();
  await sent.getByLabel("Toelichting (optioneel)").fill("Punt 2 aangepast in de ministerraad.");
  await sent.getByLabel("Kamerbrief verzonden op").fill(today);
  await sent.getByRole("button", { name: "Verzending vastleggen" }).click();
  await expect(statusOf(page)).toContainText("Verzonden / afgerond");
  await expect(planning(page)).toContainText("Gewijzigd aangenomen: Punt 2 aangepast in de ministerraad.");
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history).toContainText("Verzonden aan de Tweede Kamer");
  await expect(history).toContainText("Geagendeerd voor de ministerraad");
});

test("choosing an MR after the Kamer deadline shows the warning at once, and on the nota once placed", async ({ browser, db }) => {
  const nota = await beslotenNota(db, 2);
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto(`/notas/${nota.reference}`);
  const mrForm = page.getByRole("form", { name: "Agenderen voor de ministerraad" });
  const select = mrForm.getByLabel("Vergadering van de ministerraad");
  const late = (await select.locator("option", { hasText: "(na de Kamerdeadline)" }).first().textContent())!;
  await select.selectOption({ label: late });
  await expect(mrForm.getByText(/valt na de Kamerdeadline/)).toBeVisible();
  await mrForm.getByRole("button", { name: "Agenderen" }).click();
  await expect(statusOf(page)).toContainText("Geagendeerd ministerraad");
  await expect(planning(page)).toContainText(/Fout: .*na de Kamerdeadline/);
});

test("a drafter finds a nota by a word from its Kern, and downloads the list as CSV", async ({ browser, db }) => {
  const dvb = await db.office.findUniqueOrThrow({ where: { code: "DVB" } });
  const word = `drijfmijnen${randomUUID()
    .slice(0, 6)
    .replace(/[^a-z]/g, "x")}`;
  const nota = await createNota(db, {
    content: notaContent(dvb.id, {
      title: "Mijnenbestrijding Noordzee",
      kern: [{ id: randomUUID(), title: "Toelichting", body: doc(bullets(`De ${word} in de vaargeul worden geruimd.`)) }],
    }),
  });
  const page = await personPage(browser, "opsteller@demo.notaroute.nl");
  await page.goto("/notas");
  await page.getByRole("searchbox", { name: "Zoeken" }).fill(word);
  await page.getByRole("button", { name: "Zoeken" }).click();
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(nota.reference);
  await expectNoAccessibilityViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Deze lijst als CSV downloaden" }).click();
  const file = await (await download).path();
  const csv = (await import("node:fs")).readFileSync(file, "utf8");
  expect(csv).toContain("Onze referentie;Titel;Markering");
  expect(csv).toContain(`${nota.reference};Mijnenbestrijding Noordzee`);
});

test("a person subscribes a calendar program to the ICS feed, and revokes it", async ({ browser }) => {
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto("/overzicht");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overzicht secretariaat");
  await expect(page.getByRole("region", { name: /^Te laat/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto("/kalender");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Nieuw agenda-abonnement" }).click();
  const url = await page.getByLabel("Adres van uw agenda-abonnement").inputValue();
  expect(url).toMatch(/\/api\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);

  // A calendar program has no session: the token is its only credential.
  const calendar = await playwrightRequest.newContext();
  const feed = await calendar.get(url);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toMatch(/SUMMARY:MR/);
  expect(ics).toMatch(/SUMMARY:Kamer: BZ/);

  await page.reload();
  const subscriptions = page.getByRole("button", { name: "Intrekken" });
  const before = await subscriptions.count();
  await subscriptions.first().click();
  // While the action runs the button says "Bezig…"; the subscription is gone once the list shows it gone.
  await expect(page.getByRole("button", { name: /^(Intrekken|Bezig…)$/ })).toHaveCount(before - 1);
  expect((await calendar.get(url)).status()).toBe(404);
  await calendar.dispose();
});
