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
    expect(await db.nota.count()).toBe(401);
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
