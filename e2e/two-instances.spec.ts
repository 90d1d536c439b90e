// Two app servers on one PostgreSQL, as behind a load balancer: the suite's server and a second
// one started here from the same build (`npm start` again, on another port). Logins, edits and
// decisions go to both at once. Nothing may depend on which server a request reaches: sessions
// and rate limits live in the database, and a write holds only on the state it was made on.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { Db } from "@/lib/db/create-client";
import { FREE_FAILURES_PER_EMAIL } from "@/lib/auth/login-policy";
import { TEST_PASSWORD, createOffice, createUser, notaContent, createNota } from "@/lib/testing/factories";
import { apiStep, exampleCopy } from "./fixtures/route";
import { expect, loginAs, test } from "./fixtures/test";

const root = path.resolve(import.meta.dirname, "..");
let second: { url: string; process: ChildProcess } | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  // The same command and environment as the first server: only the port differs.
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  second = { url: `http://localhost:${port}`, process: child };
  await expect(async () => {
    const response = await fetch(`${second!.url}/login`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 100_000, intervals: [500] });
});

test.afterAll(async () => {
  if (!second) return;
  const exited = new Promise((resolve) => second!.process.once("exit", resolve));
  second.process.kill("SIGTERM");
  await exited;
});

/** A person signed in through one of the two servers, in a browser context of their own. */
async function on(browser: Browser, server: "first" | "second", email: string): Promise<Page> {
  // Without a baseURL of its own the context uses the suite's (the first server's).
  const context = await browser.newContext(server === "second" ? { baseURL: second!.url } : {});
  const page = await context.newPage();
  await loginAs(page, email);
  return page;
}

/** next-auth's CSRF token of the page's context: fetched once, since every fetch sets a new cookie. */
async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

async function credentialsLogin(page: Page, email: string, password: string, csrfToken?: string): Promise<string> {
  csrfToken ??= await csrf(page);
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  return ((await response.json()) as { url?: string }).url ?? "";
}

test("a session started on one server is the same session on the other, and ending it on one ends it on both", async ({ browser, db }) => {
  const office = await createOffice(db);
  const user = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  const first = await on(browser, "first", user.email);
  // The same cookie, presented to the other server (as the load balancer would send it there).
  const secondPage = await (await browser.newContext({ baseURL: second!.url, storageState: await first.context().storageState() })).newPage();
  expect((await secondPage.request.get("/api/sessie")).status()).toBe(200);

  const { csrfToken } = await (await secondPage.request.get("/api/auth/csrf")).json();
  await secondPage.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect((await first.request.get("/api/sessie")).status()).toBe(401);
  expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
});

test("failed logins count on both servers together: while one must wait, a burst to both gets no guess at all, and the wait ends", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const user = await createUser(db);
  const pages = [await (await browser.newContext()).newPage(), await (await browser.newContext({ baseURL: second!.url })).newPage()];
  const tokens = await Promise.all(pages.map(csrf));
  // Failures already made (as if from either server), just now: the next attempt must wait 16
  // seconds, far longer than the burst below takes even on one slow core.
  const failures = FREE_FAILURES_PER_EMAIL + 4;
  const now = Date.now();
  await db.loginAttempt.createMany({
    data: Array.from({ length: failures }, (_, i) => ({
      email: user.email,
      ip: "192.0.2.77",
      succeeded: false,
      createdAt: new Date(now - (failures - i) * 10),
    })),
  });
  // Ten attempts at once, half to each server, the right password among them: none is tried.
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => credentialsLogin(pages[i % 2], user.email, i === 7 ? TEST_PASSWORD : `fout-${i}`, tokens[i % 2])),
  );
  expect(
    answers.filter((url) => !url.includes("error=rate_limited")),
    "answers that were not asked to wait",
  ).toEqual([]);
  expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(failures);
  expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  // A delay, not a lock: once it is over, the right password works on either server.
  await expect(async () => expect(await credentialsLogin(pages[1], user.email, TEST_PASSWORD)).not.toContain("error=")).toPass({
    timeout: 45_000,
    intervals: [2_000],
  });
  expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
});

async function saveTitle(page: Page, notaId: string, baseVersion: number, content: ReturnType<typeof notaContent>, title: string) {
  const response = await page.request.put(`/api/notas/${notaId}/inhoud`, { data: { baseVersion, content: { ...content, title } } });
  return response.status();
}

test("two drafters saving the same nota at the same moment through different servers: one wins, the other is told, nothing is lost", async ({
  browser,
  db,
}) => {
  const office = await createOffice(db);
  const [anne, bram] = await Promise.all([
    createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] }),
    createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] }),
  ]);
  const content = notaContent(office.id);
  const nota = await createNota(db, { content, createdById: anne.id });
  const [onFirst, onSecond] = [await on(browser, "first", anne.email), await on(browser, "second", bram.email)];
  const rounds = 12;
  for (let round = 0; round < rounds; round++) {
    const { version } = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { version: true } });
    const [a, b] = await Promise.all([
      saveTitle(onFirst, nota.id, version, content, `Anne ${round}`),
      saveTitle(onSecond, nota.id, version, content, `Bram ${round}`),
    ]);
    expect([a, b].sort(), `round ${round}`).toEqual([200, 409]);
    const saved = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { version: true, title: true } });
    expect(saved.version).toBe(version + 1);
    expect(saved.title).toBe(a === 200 ? `Anne ${round}` : `Bram ${round}`);
  }
});

async function decide(page: Page, db: Db, notaId: string, officeId: string) {
  const nota = await db.nota.findUniqueOrThrow({
    where: { id: notaId },
    select: { version: true, decisionPoints: { select: { id: true } }, versions: { where: { kind: "EXPLICIT" }, orderBy: { number: "desc" }, take: 1 } },
  });
  const response = await page.request.post(`/api/notas/${notaId}/stap`, {
    data: {
      action: "besluiten",
      decision: {
        officeId,
        expectedVersion: nota.version,
        contentHash: nota.versions[0].contentHash,
        points: nota.decisionPoints.map((p) => ({ decisionPointId: p.id, decision: "AKKOORD", annotation: null })),
        note: null,
      },
    },
  });
  return response.status();
}

test("the same paraaf and the same decision sent to both servers at once are recorded once", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const nota = await exampleCopy(db);
  await apiStep(await on(browser, "first", "opsteller@demo.notaroute.nl"), db, nota.id, "aanbieden");

  // The DGPZ paraaf, clicked in two sessions on two servers at the same moment.
  const paraaf = [await on(browser, "first", "paraaf.dgpz@demo.notaroute.nl"), await on(browser, "second", "paraaf.dgpz@demo.notaroute.nl")];
  const state = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { status: true, version: true } });
  const initialled = await Promise.all(
    paraaf.map(async (page) => {
      const response = await page.request.post(`/api/notas/${nota.id}/stap`, {
        data: { action: "paraferen", expectedStatus: state.status, expectedVersion: state.version },
      });
      return response.status();
    }),
  );
  // The second is a repeat of the same person's step: answered as done, as stale, or (once the
  // nota has moved on to the next Via step) as no longer theirs; it records nothing.
  expect(
    initialled.every((status) => [200, 403, 409].includes(status)),
    `${initialled}`,
  ).toBe(true);
  expect(initialled).toContain(200);
  expect(await db.routeAction.count({ where: { notaId: nota.id, kind: "INITIAL" } })).toBe(1);
  expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "route.initial", result: "SUCCESS" } })).toBe(1);
  await apiStep(await on(browser, "second", "paraaf.sg@demo.notaroute.nl"), db, nota.id, "paraferen");

  // M's decision, sent through both servers at the same moment.
  const kabinet = [await on(browser, "first", "kabinet.m@demo.notaroute.nl"), await on(browser, "second", "kabinet.m@demo.notaroute.nl")];
  const decided = await Promise.all(kabinet.map((page) => decide(page, db, nota.id, nota.ids.M)));
  expect(
    decided.every((status) => status < 500),
    `${decided}`,
  ).toBe(true);
  expect(decided).toContain(200);
  expect(await db.officeDecision.count({ where: { notaId: nota.id, officeId: nota.ids.M } })).toBe(1);
  const decisionPoints = await db.decisionPoint.count({ where: { notaId: nota.id } });
  expect(await db.approval.count({ where: { notaId: nota.id, officeId: nota.ids.M } })).toBe(decisionPoints);
  // Every recorded step has its audit row, whichever server wrote it.
  expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "route.decide", result: "SUCCESS" } })).toBe(1);
});
