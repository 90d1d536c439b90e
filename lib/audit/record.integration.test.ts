import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { recordAuditEvent } from "./record";
import { verifyAuditChain } from "./verify";

// The app's role, as the app runs; the owner only where a test says so.
const db = createPrismaClient(process.env.DATABASE_URL!);
const owner = createPrismaClient(process.env.DATABASE_MIGRATION_URL!);
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));

describe("audit log", () => {
  it("keeps every chain unbroken when many transactions write at once, to one nota and to many", async () => {
    const notaId = crypto.randomUUID();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.$transaction((tx) =>
          recordAuditEvent(tx, {
            action: "nota.created",
            objectType: "Test",
            objectId: `parallel-${i}`,
            notaId: i % 2 ? notaId : crypto.randomUUID(),
            details: { i },
          }),
        ),
      ),
    );
    const { checked, firstBreak } = await verifyAuditChain(db);
    expect(firstBreak).toBeNull();
    expect(checked).toBeGreaterThanOrEqual(50);
    const oneNota = await db.auditEvent.findMany({ where: { notaId }, orderBy: { chainSeq: "asc" }, select: { chainSeq: true } });
    expect(oneNota.map((e) => e.chainSeq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("writes nothing when the transaction that records the change rolls back", async () => {
    const objectId = `rolled-back-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await recordAuditEvent(tx, { action: "nota.created", objectType: "Test", objectId });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.auditEvent.count({ where: { objectId } })).toBe(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit rows: the app's role has no right to, and the trigger stops even the owner", async () => {
    await db.$transaction((tx) => recordAuditEvent(tx, { action: "nota.created", objectType: "Test", objectId: "immutable" }));
    const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: "immutable" } });
    for (const [client, refusal] of [
      [db, /permission denied/],
      [owner, /append-only/],
    ] as const) {
      await expect(client.auditEvent.update({ where: { id: event.id }, data: { action: "vervalst" } })).rejects.toThrow(refusal);
      await expect(client.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(refusal);
      await expect(client.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(refusal);
    }
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("nota.created");
  });
});
