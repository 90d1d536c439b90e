// PostgreSQL stopped and started again under load. The app runs as in production (its own
// server on a database of its own, so that the rest of the suite is not disturbed): requests
// in the gap fail with a Dutch message and a 503, never a 500 or a half-written decision, and
// once PostgreSQL is back the same app server serves again without a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { createOffice, createUser, notaContent, createNota } from "@/lib/testing/factories";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import type { DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { expect, loginAs, test } from "./fixtures/test";

const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "notaroute-faults-"));
let postgres: EmbeddedDatabase;
let app: ChildProcess;
let appUrl: string;
let db: Db;

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
  test.setTimeout(180_000);
  postgres = await startEmbeddedPostgres({ dir });
  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  // `npm start` as in production: migrations as the owner, the app as its own role, demo data.
  app = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts", "start"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: postgres.appUrl,
      DATABASE_MIGRATION_URL: postgres.url,
      SEED_DEMO: "true",
      NEXTAUTH_URL: appUrl,
      AUDIT_ANCHOR_FILE: path.join(dir, "audit-anchors.jsonl"),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect(async () => expect((await fetch(`${appUrl}/login`)).status).toBe(200)).toPass({ timeout: 150_000, intervals: [500] });
  db = createPrismaClient(postgres.url);
});

test.afterAll(async () => {
  await db?.$disconnect();
  if (app) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function notaTerBeslissing(pages: { drafter: Page; dgpz: Page; sg: Page }) {
  const offices = await db.office.findMany({ select: { id: true, code: true } });
  const ids = Object.fromEntries(offices.map((o) => [o.code, o.id])) as Record<DemoOfficeCode, string>;
  const drafter = await db.user.findUniqueOrThrow({ where: { email: "opsteller@demo.notaroute.nl" } });
  const nota = await createNota(db, { content: exampleNotaContent(ids), createdById: drafter.id });
  for (const [page, action] of [
    [pages.drafter, "aanbieden"],
    [pages.dgpz, "paraferen"],
    [pages.sg, "paraferen"],
  ] as const) {
    const state = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { status: true, version: true } });
    const response = await page.request.post(`/api/notas/${nota.id}/stap`, { data: { action, expectedStatus: state.status, expectedVersion: state.version } });
    expect(response.status(), await response.text()).toBe(200);
  }
  return { id: nota.id, officeId: ids.M };
}

async function decide(page: Page, nota: { id: string; officeId: string }, facts: { version: number; contentHash: string; points: string[] }) {
  const response = await page.request.post(`/api/notas/${nota.id}/stap`, {
    data: {
      action: "besluiten",
      decision: {
        officeId: nota.officeId,
        expectedVersion: facts.version,
        contentHash: facts.contentHash,
        points: facts.points.map((decisionPointId) => ({ decisionPointId, decision: "AKKOORD", annotation: null })),
        note: null,
      },
    },
  });
  return { status: response.status(), body: await response.text() };
}

test("PostgreSQL stopped and restarted under load: Dutch 503s in the gap, no decision without its audit row, and the same server carries on", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const person = async (email: string) => {
    const page = await (await browser.newContext({ baseURL: appUrl })).newPage();
    await loginAs(page, email);
    return page;
  };
  const pages = {
    drafter: await person("opsteller@demo.notaroute.nl"),
    dgpz: await person("paraaf.dgpz@demo.notaroute.nl"),
    sg: await person("paraaf.sg@demo.notaroute.nl"),
  };
  const kabinet = await person("kabinet.m@demo.notaroute.nl");
  const notas = [];
  for (let i = 0; i < 12; i++) notas.push(await notaTerBeslissing(pages));
  const facts = await Promise.all(
    notas.map(async (nota) => {
      const row = await db.nota.findUniqueOrThrow({
        where: { id: nota.id },
        select: { version: true, decisionPoints: { select: { id: true } }, versions: { where: { kind: "EXPLICIT" }, orderBy: { number: "desc" }, take: 1 } },
      });
      return { version: row.version, contentHash: row.versions[0].contentHash, points: row.decisionPoints.map((p) => p.id) };
    }),
  );
  // A drafter keeps saving a nota of their own meanwhile.
  const office = await createOffice(db);
  const writer = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  const writerPage = await person(writer.email);
  const ownNota = await createNota(db, { content: notaContent(office.id), createdById: writer.id });

  const statuses: number[] = [];
  const messages = new Set<string>();
  let stopLoad = false;
  const saving = (async () => {
    let version = 1;
    for (let i = 0; !stopLoad; i++) {
      const response = await writerPage.request.put(`/api/notas/${ownNota.id}/inhoud`, {
        data: { baseVersion: version, content: { ...notaContent(office.id), title: `Versie ${i}` } },
      });
      statuses.push(response.status());
      if (response.status() === 200) version = ((await response.json()) as { version: number }).version;
      else if (response.status() === 409) version = (await db.nota.findUniqueOrThrow({ where: { id: ownNota.id } }).catch(() => ({ version }))).version;
      else messages.add(((await response.json()) as { error: string }).error);
    }
  })();
  const reading = (async () => {
    while (!stopLoad) {
      const response = await kabinet.request.get("/api/sessie");
      statuses.push(response.status());
      if (response.status() !== 200) messages.add(((await response.json()) as { error: string }).error);
    }
  })();

  // Decisions one after the other while PostgreSQL goes away after the fourth and comes back.
  const decided: Array<{ status: number; body: string }> = [];
  for (const [i, nota] of notas.entries()) {
    if (i === 4) {
      await postgres.stop();
      // In the gap: a page and the API answer in Dutch, with 503 for the API.
      const page = await kabinet.context().newPage();
      await page.goto("/notas");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Er ging iets mis");
      await page.close();
      // Logging in says why it cannot, in Dutch, at the form.
      const visitor = await (await browser.newContext({ baseURL: appUrl })).newPage();
      await visitor.goto("/login");
      await visitor.getByLabel("E-mailadres").fill("opsteller@demo.notaroute.nl");
      await visitor.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
      await visitor.getByRole("button", { name: "Inloggen" }).click();
      await expect(visitor.locator("form").getByRole("alert")).toHaveText(/de database is even niet bereikbaar/);
      await visitor.close();
    }
    if (i === 8) postgres = await startEmbeddedPostgres({ dir, port: postgres.port });
    decided.push(await decide(kabinet, nota, facts[i]));
  }
  stopLoad = true;
  await Promise.all([saving, reading]);

  // Only success, conflict or "unavailable": never a 500.
  expect([...new Set([...statuses, ...decided.map((d) => d.status)])].filter((s) => ![200, 409, 503].includes(s))).toEqual([]);
  expect(decided.slice(0, 4).map((d) => d.status)).toEqual([200, 200, 200, 200]);
  expect(decided.slice(4, 8).map((d) => d.status)).toEqual([503, 503, 503, 503]);
  expect(JSON.parse(decided[4].body).error).toMatch(/De database is even niet bereikbaar/);
  for (const message of messages) expect(message).toMatch(/De database is even niet bereikbaar/);
  // Once PostgreSQL is back, the same server records decisions again.
  await expect(async () => expect((await kabinet.request.get("/api/sessie")).status()).toBe(200)).toPass({ timeout: 30_000 });
  expect(decided.slice(8).every((d) => d.status === 200 || d.status === 503)).toBe(true);
  for (const [i, nota] of notas.entries()) {
    if (decided[i].status === 503) decided[i] = await decide(kabinet, nota, facts[i]);
  }
  expect(decided.map((d) => d.status)).toEqual(notas.map(() => 200));

  // Every decision has its audit row, and none was recorded twice.
  const decisions = await db.officeDecision.findMany({ where: { notaId: { in: notas.map((n) => n.id) } }, select: { notaId: true } });
  expect(decisions).toHaveLength(notas.length);
  const audited = await db.auditEvent.findMany({
    where: { notaId: { in: notas.map((n) => n.id) }, action: "route.decide", result: "SUCCESS" },
    select: { notaId: true },
  });
  expect(audited.map((a) => a.notaId).sort()).toEqual(decisions.map((d) => d.notaId).sort());
  // The drafter's saves went on, too.
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(1);
});
