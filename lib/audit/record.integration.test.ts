import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { recordAuditEvent } from "./record";
import { verifyAuditChain } from "./verify";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

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

  it("refuses UPDATE, DELETE and TRUNCATE of audit rows", async () => {
    await db.$transaction((tx) => recordAuditEvent(tx, { action: "nota.created", objectType: "Test", objectId: "immutable" }));
    const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: "immutable" } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "vervalst" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("nota.created");
  });
});
