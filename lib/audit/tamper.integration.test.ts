// What `npm run audit:verify` is for: someone with superuser rights switches the trigger off
// and alters a stored event. The chain names the first event that no longer fits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { recordAuditEvent } from "./record";
import { verifyAuditChain } from "./verify";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  // A database of its own: this test breaks the chain on purpose.
  database = await createTestDatabase("tamper");
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.dispose();
});

describe("audit chain verification", () => {
  it("finds an event altered behind the trigger's back", async () => {
    for (let i = 0; i < 5; i++) await db.$transaction((tx) => recordAuditEvent(tx, { action: "nota.offered", objectType: "Nota", objectId: `n${i}` }));
    expect(await verifyAuditChain(db)).toEqual({ checked: 5, firstBreak: null });

    const third = await db.auditEvent.findFirstOrThrow({ where: { objectId: "n2" } });
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'nota.withdrawn' WHERE id = ${third.id}`);
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);

    expect(await verifyAuditChain(db)).toEqual({ checked: 2, firstBreak: { id: third.id, reason: "hash-mismatch" } });
  });
});
