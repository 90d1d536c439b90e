// Hostile input at the HTTP edge: it is refused or finds nothing, never a server error, never a
// leaked database message, and never a way past the login.
import { createUser } from "@/lib/testing/factories";
import { expect, loginAs, test } from "./fixtures/test";

/** SQL-injection strings (classic, union, stacked, comment, boolean, time-based, encoding tricks). */
const SQL_INJECTION = [
  "'",
  "''",
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  '\'; DROP TABLE "Nota"; --',
  '1; DELETE FROM "AuditEvent"',
  "' UNION SELECT NULL, NULL --",
  '\' UNION SELECT "passwordHash" FROM "User" --',
  "1' AND SLEEP(5) --",
  "'; SELECT pg_sleep(5); --",
  "' AND 1=CAST((SELECT version()) AS int) --",
  "admin'--",
  "') OR ('1'='1",
  "%27%20OR%201=1",
  "\\' OR 1=1 --",
  "' OR ''='",
  "1 OR 1=1",
  "$1",
  "::text",
  "E'\\x27'",
  "'||(SELECT current_user)||'",
  '\' AND (SELECT COUNT(*) FROM "User") > 0 --',
  "\u0000",
  "'\u0000'",
  "ß' OR 1=1 --",
  "& | ! ( ) :*",
  "!!!",
  "a & (b | !c)",
  '"',
  "<>",
  "%",
  "_",
  "\\",
  "null",
  "undefined",
  "[]",
  "{}",
  "-1",
  "99999999999999999999999",
  "00000000-0000-0000-0000-000000000000",
  "00000000-0000-0000-0000-000000000000' OR '1'='1",
];

test(`SQL-injection strings in every filter, search and id (${SQL_INJECTION.length} strings) get an answer, never a server error or a database message`, async ({
  page,
  db,
}) => {
  test.setTimeout(180_000);
  // A secretariat member of its own (sees every nota), so that only this test acts in that name.
  const bsg = await db.office.findUniqueOrThrow({ where: { code: "BSG" } });
  const tester = await createUser(db, { memberships: [{ officeId: bsg.id, role: "SECRETARIAAT" }] });
  await loginAs(page, tester.email);
  // Other tests run alongside and create notas; what this test could have touched is checked by name.
  const snapshot = async () => ({
    example: await db.nota.findUniqueOrThrow({ where: { reference: "BZ2410641" }, select: { version: true, title: true, status: true } }),
    writes: await db.auditEvent.count({ where: { actorId: tester.id, result: "SUCCESS", action: { notIn: ["auth.login", "nota.exported"] } } }),
  });
  const before = await snapshot();
  for (const value of SQL_INJECTION) {
    const q = encodeURIComponent(value);
    const paths = [
      `/notas?zoek=${q}`,
      `/notas?fase=${q}&onderdeel=${q}&markering=${q}&rubricering=${q}&kamerVanaf=${q}&kamerTot=${q}&sorteer=${q}&richting=${q}&na=${q}`,
      `/notas/${q}`,
      `/api/notas/${q}/document?formaat=pdf`,
      `/api/notas/csv?zoek=${q}&fase=${q}`,
      `/personeel?fase=${q}&onderdeel=${q}`,
      `/vergaderingen/${q}`,
      `/api/kalender/${q}`,
    ];
    for (const path of paths) {
      const response = await page.request.get(path);
      expect(response.status(), `${path}`).toBeLessThan(500);
      const body = await response.text();
      // Database error texts (the payloads themselves are echoed in the search field, as they should be).
      expect(body, path).not.toMatch(/PrismaClient|syntax error at or near|invalid input syntax for|violates .* constraint|SQLSTATE|unterminated quoted/i);
    }
  }
  // Nothing was changed by any of it: the example nota, the people, and no change on this person's name.
  expect(await snapshot()).toEqual(before);
});

test("proxy-bypass headers do not get anyone past the login", async ({ browser }) => {
  const context = await browser.newContext();
  for (const header of [
    "middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
  ]) {
    for (const path of ["/notas", "/overzicht", "/notas/BZ2410641"]) {
      const response = await context.request.get(path, { headers: { "x-middleware-subrequest": header }, maxRedirects: 0 });
      // Either the proxy's redirect to the login page, or the page's own (requireUser): never the content.
      expect([302, 303, 307, 308], `${header} ${path}`).toContain(response.status());
      expect(response.headers()["location"] ?? "").toContain("/login");
    }
    const api = await context.request.get("/api/sessie", { headers: { "x-middleware-subrequest": header } });
    expect(api.status()).toBe(401);
  }
  await context.close();
});
