import { expect, loginAs, test } from "./fixtures/test";
import { newDrafter, newNotaFor, waitForSaved } from "./fixtures/drafting";

test("nothing typed is lost when the network drops or the page is reloaded before the save", async ({ page, context, db }) => {
  const { office, user } = await newDrafter(db);
  const nota = await newNotaFor(db, office.id, { title: "Begin" });
  await loginAs(page, user.email);
  await page.goto(`/notas/${nota.reference}/bewerken`);
  const title = page.getByLabel("Titel", { exact: true });
  const status = page.getByTestId("opslagstatus");

  // Offline: the save fails visibly, the text stays, and it is sent when the network returns.
  await context.setOffline(true);
  await title.fill("Geschreven zonder netwerk");
  await expect(status).toContainText("Niet opgeslagen — opnieuw proberen");
  await expect(status).toContainText("Uw wijzigingen zijn in deze browser bewaard");
  await context.setOffline(false);
  await waitForSaved(page);
  expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).title).toBe("Geschreven zonder netwerk");

  // A reload right after typing, before the autosave: the text comes back and is saved.
  page.on("dialog", (dialog) => void dialog.accept());
  await title.fill("Vlak voor het herladen");
  await page.reload();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Vlak voor het herladen");
  await waitForSaved(page);
  expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).title).toBe("Vlak voor het herladen");
});

test("Kern paragraphs can be reordered by dragging", async ({ page, db }) => {
  const { office, user } = await newDrafter(db);
  const nota = await newNotaFor(db, office.id);
  await loginAs(page, user.email);
  await page.goto(`/notas/${nota.reference}/bewerken`);
  await page.getByRole("button", { name: "+ Paragraaf toevoegen" }).click();
  await expect(page.getByLabel("Titel van paragraaf 2")).toBeFocused();
  await page.keyboard.type("Tweede paragraaf");
  await expect(page.getByLabel("Titel van paragraaf 2")).toHaveValue("Tweede paragraaf");

  const handle = page.getByRole("button", { name: /^Paragraaf 2 \(Tweede paragraaf\) verslepen$/ });
  const target = page.getByRole("button", { name: /^Paragraaf 1 .*verslepen$/ });
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(from.x + from.width / 2, from.y + ((to.y - from.y) * step) / 10 - 5);
  }
  await page.mouse.up();
  await expect(page.getByLabel("Titel van paragraaf 1")).toHaveValue("Tweede paragraaf");
  await waitForSaved(page);
  const sections = await db.kernSection.findMany({ where: { notaId: nota.id }, orderBy: { position: "asc" } });
  expect(sections.map((s) => s.title)).toEqual(["Tweede paragraaf", "Kern"]);
});
