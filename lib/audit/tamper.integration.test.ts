// What `npm run audit:verify` is for: someone with superuser rights switches the trigger off and
// alters, removes or reorders stored events. The verifier names the first event that no longer
// fits, also when the newest events of a chain are removed after a checkpoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { recordAuditCheckpoint } from "./checkpoint";
import { recordAuditEvent } from "./record";
import { verifyAuditChain } from "./verify";

let database: TestDatabase;
/** The app's role: writes events and verifies, as the app and the scripts do. */
let db: Db;
/** The owner of the tables: the attacker here, who can switch the trigger off. */
let owner: Db;

beforeAll(async () => {
  // A database of its own: these tests break the log on purpose.
  database = await createTestDatabase("tamper");
  db = createPrismaClient(database.url);
  owner = createPrismaClient(database.ownerUrl);
});

afterAll(async () => {
  await db?.$disconnect();
  await owner?.$disconnect();
  await database?.dispose();
});

/** Runs SQL that the append-only trigger would refuse, as an attacker with the owner's rights could. */
async function behindTheTriggersBack(sql: string) {
  await owner.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
  try {
    await owner.$executeRawUnsafe(sql);
  } finally {
    await owner.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);
  }
}

async function writeEvents(notaId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await recordAuditEvent(db, { action: "route.offer", objectType: "Nota", objectId: notaId, notaId, notaVersion: i + 1, details: { i } });
  }
  return db.auditEvent.findMany({ where: { notaId }, orderBy: { chainSeq: "asc" } });
}

describe("audit log verification", () => {
  it("finds an altered, a removed and a reordered event, and a tail removed after a checkpoint", async () => {
    const altered = await writeEvents(crypto.randomUUID(), 5);
    expect(await verifyAuditChain(db)).toMatchObject({ firstBreak: null });
    await behindTheTriggersBack(`UPDATE "AuditEvent" SET "action" = 'route.withdraw' WHERE id = ${altered[2].id}`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: altered[2].id, reason: "hash-mismatch" });
    await behindTheTriggersBack(`DELETE FROM "AuditEvent" WHERE "chainKey" = '${altered[0].chainKey}'`);
    await owner.$executeRawUnsafe(`DELETE FROM "AuditChainHead" WHERE "chainKey" = '${altered[0].chainKey}'`);

    const removed = await writeEvents(crypto.randomUUID(), 4);
    await behindTheTriggersBack(`DELETE FROM "AuditEvent" WHERE id = ${removed[1].id}`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: removed[2].id, reason: "sequence-gap" });
    await behindTheTriggersBack(`DELETE FROM "AuditEvent" WHERE "chainKey" = '${removed[0].chainKey}'`);
    await owner.$executeRawUnsafe(`DELETE FROM "AuditChainHead" WHERE "chainKey" = '${removed[0].chainKey}'`);

    const reordered = await writeEvents(crypto.randomUUID(), 3);
    await behindTheTriggersBack(`UPDATE "AuditEvent" SET "chainSeq" = 100 WHERE id = ${reordered[0].id}`);
    await behindTheTriggersBack(`UPDATE "AuditEvent" SET "chainSeq" = 1 WHERE id = ${reordered[1].id}`);
    await behindTheTriggersBack(`UPDATE "AuditEvent" SET "chainSeq" = 2 WHERE id = ${reordered[0].id}`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ id: reordered[1].id, reason: "prev-hash-mismatch" });
    await behindTheTriggersBack(`DELETE FROM "AuditEvent" WHERE "chainKey" = '${reordered[0].chainKey}'`);
    await owner.$executeRawUnsafe(`DELETE FROM "AuditChainHead" WHERE "chainKey" = '${reordered[0].chainKey}'`);

    // The newest events of a chain, removed together with the head's record of them: only a
    // checkpoint still knows they existed.
    const tail = await writeEvents(crypto.randomUUID(), 3);
    expect(await recordAuditCheckpoint(db)).toEqual({ heads: 1 });
    expect(await recordAuditCheckpoint(db)).toEqual({ heads: 0 });
    expect(await verifyAuditChain(db)).toMatchObject({ firstBreak: null });
    await behindTheTriggersBack(`DELETE FROM "AuditEvent" WHERE id = ${tail[2].id}`);
    await owner.$executeRawUnsafe(`UPDATE "AuditChainHead" SET "seq" = 2, "hash" = '${tail[1].hash}' WHERE "chainKey" = '${tail[0].chainKey}'`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ chainKey: tail[0].chainKey, seq: 3, reason: "checkpoint-mismatch" });
  });

  it("finds the newest events removed before any checkpoint, by the chain's head", async () => {
    const other = await createTestDatabase("tamper-head");
    const otherDb = createPrismaClient(other.ownerUrl);
    try {
      const notaId = crypto.randomUUID();
      for (let i = 0; i < 3; i++) await recordAuditEvent(otherDb, { action: "route.offer", objectType: "Nota", notaId, details: { i } });
      const [newest] = await otherDb.auditEvent.findMany({ where: { notaId }, orderBy: { chainSeq: "desc" }, take: 1 });
      await otherDb.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
      await otherDb.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${newest.id}`);
      await otherDb.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);
      expect((await verifyAuditChain(otherDb)).firstBreak).toMatchObject({ chainKey: `nota:${notaId}`, reason: "head-mismatch" });
    } finally {
      await otherDb.$disconnect();
      await other.dispose();
    }
  });
});
