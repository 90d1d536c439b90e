import { expect, expectNoAccessibilityViolations, test } from "./fixtures/test";
import { apiStep, exampleCopy, personPage } from "./fixtures/route";

test("an office names a delegate for its absence, and the delegate's decision says so", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const nota = await exampleCopy(db);
  const drafter = await personPage(browser, "opsteller@demo.notaroute.nl");
  await apiStep(drafter, db, nota.id, "aanbieden");
  await apiStep(await personPage(browser, "paraaf.dgpz@demo.notaroute.nl"), db, nota.id, "paraferen");
  await apiStep(await personPage(browser, "paraaf.sg@demo.notaroute.nl"), db, nota.id, "paraferen");

  // MinJenV's kabinet names Lucas Dekker (kabinet StasDEF) for today.
  const minjenv = await personPage(browser, "kabinet.minjenv@demo.notaroute.nl");
  await minjenv.goto("/vervanging");
  await expectNoAccessibilityViolations(minjenv);
  await minjenv.getByLabel("Vervanger", { exact: true }).selectOption({ label: "Lucas Dekker" });
  await minjenv.getByLabel("Reden (niet verplicht)").fill("Werkbezoek buitenland");
  await minjenv.getByRole("button", { name: "Vervanging instellen" }).click();
  await expect(minjenv.getByRole("status")).toContainText("De vervanging is ingesteld.");
  await expect(minjenv.getByRole("table")).toContainText("Lucas Dekker");

  // Lucas records MinJenV's decision; the record says it was under delegation.
  const lucas = await personPage(browser, "kabinet.stasdef@demo.notaroute.nl");
  await lucas.goto(`/notas/${nota.reference}`);
  const form = lucas.getByRole("form", { name: "Besluit vastleggen namens MinJenV" });
  await expect(form).toContainText("U doet dit als vervanger");
  await form.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
  await form.getByRole("radio", { name: "Niet akkoord (besluitpunt 2)", exact: true }).check();
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(lucas.getByRole("region", { name: "Besluiten per besluitpunt" })).toContainText("vastgelegd door Lucas Dekker namens MinJenV (bij vervanging)");
  await expect(lucas.getByRole("region", { name: "Geschiedenis" })).toContainText("Lucas Dekker namens MinJenV (bij vervanging)");
  const decision = await db.officeDecision.findFirstOrThrow({ where: { notaId: nota.id, officeId: nota.ids.MinJenV } });
  expect(decision.delegationId).not.toBeNull();

  // The delegation ends; it is gone from the list.
  await minjenv.reload();
  await minjenv.getByRole("button", { name: "Vervanging van MinJenV beëindigen" }).click();
  await expect(minjenv.getByText("Er zijn geen vervangingen.")).toBeVisible();
});
