// The large data set is shaped like the real thing: its readers agree with the route it
// describes, and the read scope shows each demo account what the pure rule says it may read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { loadActiveUser } from "@/lib/data/session-user";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { canReadNota } from "@/lib/domain/permissions";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { seedDemoData } from "../seed-demo";
import { seedLargeDataset } from "./seed-large";
import { verifyAuditChain } from "@/lib/audit/verify";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase("large");
  db = createPrismaClient(database.url);
  await seedDemoData(db);
  await seedLargeDataset(db, { count: 400, active: 100 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.dispose();
});

describe("the large data set", () => {
  it("has notas in every stage, with readers that match their Via chain and route", async () => {
    // The example nota, the dozen notas of the demo's life, and the 400 generated ones.
    expect(await db.nota.count()).toBe(413);
    const stages = await db.nota.groupBy({ by: ["status"], _count: true });
    expect(stages.map((s) => s.status).sort()).toEqual([
      "AFGEROND",
      "BESLOTEN",
      "CONCEPT",
      "GEAGENDEERD_MR",
      "GEAGENDEERD_ONDERRAAD",
      "INGETROKKEN",
      "PARAAF",
      "TERUGGESTUURD",
      "TER_BESLISSING",
    ]);
    const notas = await db.nota.findMany({ select: { readerOfficeIds: true, parties: { where: { role: "VIA" } }, recipients: true } });
    for (const nota of notas) {
      const expected = [...new Set([...nota.parties.map((p) => p.officeId!), ...nota.recipients.map((r) => r.officeId)])].sort();
      expect([...nota.readerOfficeIds].sort()).toEqual(expected);
    }
  });

  it("has annexes, search documents, agenda items, and audit chains that verify", async () => {
    expect(await db.bijdrage.count({ where: { article100: true } })).toBeGreaterThanOrEqual(100);
    const [{ unsearchable }] = await db.$queryRaw<
      Array<{ unsearchable: bigint }>
    >`SELECT count(*) AS "unsearchable" FROM "Nota" WHERE "searchDocument" IS NULL`;
    expect(Number(unsearchable)).toBe(0);
    const placed = await db.nota.count({ where: { status: { in: ["GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR"] }, agendaItems: { none: {} } } });
    expect(placed).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "nota.created" } })).toBeGreaterThanOrEqual(400);
    const report = await verifyAuditChain(db);
    expect(report.firstBreak).toBeNull();
    expect(report.checked).toBeGreaterThanOrEqual(700);
  });

  it("shows every demo account exactly what it may read", async () => {
    const notas = await db.nota.findMany({ select: { id: true, status: true, ownerOfficeId: true, readerOfficeIds: true } });
    for (const account of await db.user.findMany({ select: { id: true, email: true } })) {
      const user = (await loadActiveUser(db, account.id))!;
      const visible = await db.nota.findMany({ where: readableNotaWhere(user), select: { id: true } });
      const expected = notas.filter((n) => canReadNota(user, n));
      expect(visible.map((v) => v.id).sort(), account.email).toEqual(expected.map((n) => n.id).sort());
    }
  });
});
