// What the anchors are for: the owner of the tables removes the newest events together with the
// checkpoints that name them and adjusts the heads to match. Every check inside the database then
// passes; the anchors written outside it do not.
import { mkdtempSync, readFileSync, appendFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { ANCHOR_INTERVAL_MS, anchorAuditLog } from "./anchor";
import { readAnchors } from "./anchor-file";
import { CHECKPOINT_CHAIN } from "./chain";
import { recordAuditEvent } from "./record";
import { verifyAuditChain } from "./verify";

let database: TestDatabase;
/** The app's role: writes, anchors and verifies, as the app and the scripts do. */
let db: Db;
/** The owner of the tables: the attacker here. */
let owner: Db;
const dir = mkdtempSync(path.join(tmpdir(), "notaroute-anchors-"));

beforeAll(async () => {
  // A database of its own: the second test breaks the log on purpose.
  database = await createTestDatabase("anchor");
  db = createPrismaClient(database.url);
  owner = createPrismaClient(database.ownerUrl);
});

afterAll(async () => {
  await db?.$disconnect();
  await owner?.$disconnect();
  await database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function writeEvents(notaId: string, count: number) {
  for (let i = 0; i < count; i++) await recordAuditEvent(db, { action: "route.offer", objectType: "Nota", notaId, details: { i } });
  return db.auditEvent.findMany({ where: { notaId }, orderBy: { chainSeq: "asc" } });
}

/** A local endpoint that takes anchors, or answers 500. */
async function endpoint(status: number): Promise<{ url: string; received: unknown[]; server: Server }> {
  const received: unknown[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ contentType: request.headers["content-type"], body: JSON.parse(body) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ankers`, received, server };
}

describe("audit anchors", () => {
  it("appends the checkpoint chain's head to the file, posts it, and anchors again only when the last is a day old", async () => {
    const file = path.join(dir, "posted", "audit-anchors.jsonl");
    await writeEvents(crypto.randomUUID(), 2);
    const ok = await endpoint(200);
    const failing = await endpoint(500);
    try {
      const first = await anchorAuditLog(db, { file, url: ok.url });
      expect(first?.anchor).toMatchObject({ chainKey: CHECKPOINT_CHAIN, seq: 1 });
      expect(first?.posted).toEqual({ ok: true });
      expect(ok.received).toEqual([{ contentType: "application/json", body: first!.anchor }]);

      // An endpoint that fails is reported; the anchor is in the file all the same.
      const second = await anchorAuditLog(db, { file, url: failing.url });
      expect(second?.posted).toEqual({ ok: false, error: "HTTP 500" });
      // The first anchor's own audit event moved the system chain: a new checkpoint.
      expect(second?.anchor.seq).toBe(2);
      expect(
        readFileSync(file, "utf8")
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line)),
      ).toEqual([first!.anchor, second!.anchor]);
    } finally {
      ok.server.close();
      failing.server.close();
    }

    // The app's job: nothing while the newest anchor (of any instance) is recent.
    expect(await anchorAuditLog(db, { file, url: null }, { ifOlderThanMs: ANCHOR_INTERVAL_MS })).toBeNull();
    const dayLater = new Date(Date.now() + 24 * 60 * 60 * 1000);
    expect(await anchorAuditLog(db, { file, url: null }, { ifOlderThanMs: ANCHOR_INTERVAL_MS, now: dayLater })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "audit.anchor" } })).toBe(3);

    // A line torn by a crash is passed over, and said to be.
    appendFileSync(file, '{"anchoredAt":"2026-');
    const { anchors, unreadable } = await readAnchors(file);
    expect(anchors).toHaveLength(3);
    expect(unreadable).toEqual([4]);
    const result = await verifyAuditChain(db, { anchors });
    expect(result).toMatchObject({ firstBreak: null, anchors: { checked: 3, otherDatabases: 0 } });
  });

  it("finds the newest events removed with their checkpoints and the heads adjusted, which no check inside the database can", async () => {
    const file = path.join(dir, "audit-anchors.jsonl");
    const notaId = crypto.randomUUID();
    const kept = await writeEvents(notaId, 3);
    const before = (await anchorAuditLog(db, { file, url: null }))!.anchor;
    const all = await writeEvents(notaId, 2);
    const after = (await anchorAuditLog(db, { file, url: null }))!.anchor;
    expect(after.seq).toBeGreaterThan(before.seq);
    const { anchors } = await readAnchors(file);
    expect(await verifyAuditChain(db, { anchors })).toMatchObject({ firstBreak: null, anchors: { checked: 2 } });

    // The owner removes the nota's two newest events and every checkpoint since the first
    // anchor, and makes both heads say the chains end there.
    const chainKey = kept[0].chainKey;
    const newest = kept[2];
    await owner.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
    await owner.$executeRawUnsafe(
      `DELETE FROM "AuditEvent" WHERE ("chainKey" = $1 AND "chainSeq" > 3) OR ("chainKey" = $2 AND "chainSeq" > $3)`,
      chainKey,
      CHECKPOINT_CHAIN,
      before.seq,
    );
    await owner.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);
    await owner.$executeRawUnsafe(
      `UPDATE "AuditChainHead" SET "seq" = 3, "hash" = $2, "prevHash" = $3, "checkpointedSeq" = 3 WHERE "chainKey" = $1`,
      chainKey,
      newest.hash,
      newest.prevHash,
    );
    await owner.$executeRawUnsafe(`UPDATE "AuditChainHead" SET "seq" = $2, "hash" = $3 WHERE "chainKey" = $1`, CHECKPOINT_CHAIN, before.seq, before.hash);
    expect(await db.auditEvent.count({ where: { id: { in: all.slice(3).map((event) => event.id) } } })).toBe(0);

    // Inside the database everything still fits …
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
    // … but the anchored checkpoint is gone.
    expect((await verifyAuditChain(db, { anchors })).firstBreak).toEqual({ id: null, chainKey: CHECKPOINT_CHAIN, seq: after.seq, reason: "anchor-mismatch" });

    // An anchor whose checkpoint was rewritten names the event that differs.
    const [rewritten] = await db.auditEvent.findMany({ where: { chainKey: CHECKPOINT_CHAIN, chainSeq: before.seq } });
    expect((await verifyAuditChain(db, { anchors: [{ ...before, hash: "f".repeat(64) }] })).firstBreak).toEqual({
      id: rewritten.id,
      chainKey: CHECKPOINT_CHAIN,
      seq: before.seq,
      reason: "anchor-mismatch",
    });
    // Anchors of another database in the same file are passed over, and counted.
    expect(await verifyAuditChain(db, { anchors: [{ ...after, database: "ander/notaroute" }] })).toMatchObject({
      firstBreak: null,
      anchors: { checked: 0, otherDatabases: 1 },
    });
  });
});
