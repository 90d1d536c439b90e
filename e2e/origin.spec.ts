// Changes are accepted from the addresses the server answers on and refused from anywhere else
// (lib/http/origin.ts). The e2e server runs as the demo does.
import { expect, loginAs, test } from "./fixtures/test";
import { exampleCopy, personPage } from "./fixtures/route";

test("a route step works at 127.0.0.1 as at localhost; a foreign origin and Origin: null are refused", async ({ browser, db }) => {
  const nota = await exampleCopy(db);
  const drafter = await personPage(browser, "opsteller@demo.notaroute.nl", { baseURL: `http://127.0.0.1:${process.env.E2E_PORT}` });
  await drafter.goto(`/notas/${nota.reference}`);
  expect(new URL(drafter.url()).hostname).toBe("127.0.0.1");
  drafter.once("dialog", (dialog) => void dialog.accept());
  await drafter.getByRole("button", { name: "Aanbieden ter parafering" }).click();
  await expect(drafter.getByRole("region", { name: "Status en route" })).toContainText("Ter parafering");

  const step = { action: "intrekken", expectedStatus: "PARAAF", expectedVersion: 1, reason: "Proef" };
  for (const origin of ["https://evil.example", "null"]) {
    const response = await drafter.request.post(`/api/notas/${nota.id}/stap`, { headers: { Origin: origin }, data: step });
    expect(response.status(), `Origin: ${origin}`).toBe(403);
    expect(await response.json()).toMatchObject({ error: "Verzoek van een andere website geweigerd." });
  }
  expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { status: true } })).status).toBe("PARAAF");
});

test("every page carries a Content-Security-Policy with a fresh nonce that its own scripts use, and HSTS", async ({ page }) => {
  const nonces: string[] = [];
  for (const path of ["/login", "/login"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const policy = headers["content-security-policy"];
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["strict-transport-security"]).toContain("max-age=");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    nonces.push(nonce);
    const scriptNonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  // The page still works under the policy: the login form hydrates, submits and moves on.
  await page.getByLabel("E-mailadres").fill("opsteller@demo.notaroute.nl");
  await page.getByLabel("Wachtwoord").fill("Notaroute-demo-2025");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/login/);
});

test("the demo says on every page that it is a demo", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("complementary", { name: "Demo" })).toContainText("Demo: alle personen, nota's en besluiten zijn verzonnen.");
  await loginAs(page, "opsteller@demo.notaroute.nl");
  await page.goto("/notas");
  await expect(page.getByRole("complementary", { name: "Demo" })).toBeVisible();
});
