// Every request's user comes from one query: only for a live session of an active account, with
// the memberships and the delegations of today.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { createOffice, createUser } from "@/lib/testing/factories";
import { ABSOLUTE_SESSION_HOURS, IDLE_TIMEOUT_MINUTES } from "@/lib/auth/session-policy";
import { loadSessionUser } from "./session-user";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function session(userId: string, data: { expiresAt?: Date; revokedAt?: Date } = {}) {
  return db.userSession.create({ data: { userId, expiresAt: data.expiresAt ?? new Date(Date.now() + 3_600_000), revokedAt: data.revokedAt ?? null } });
}

describe("the session's user", () => {
  it("is the user of a live session, with memberships and today's delegations", async () => {
    const [m, r] = await Promise.all([createOffice(db, { kind: "BEWINDSPERSOON" }), createOffice(db, { kind: "BEWINDSPERSOON" })]);
    const user = await createUser(db, { memberships: [{ officeId: m.id, role: "KABINET" }] });
    const today = parseIsoDate(todayInAmsterdam());
    const delegation = await db.delegation.create({ data: { officeId: r.id, delegateOfficeId: m.id, startsOn: today, endsOn: today, createdById: user.id } });
    const loaded = await loadSessionUser(db, (await session(user.id)).id, { activity: true });
    expect(loaded).toMatchObject({
      id: user.id,
      memberships: [{ officeId: m.id, officeCode: m.code, role: "KABINET" }],
      delegatedOfficeIds: [r.id],
      delegations: { [r.id]: delegation.id },
    });
  });

  it("is nobody for a revoked or expired session, or a deactivated account", async () => {
    const user = await createUser(db);
    expect(await loadSessionUser(db, (await session(user.id, { revokedAt: new Date() })).id, { activity: true })).toBeNull();
    expect(await loadSessionUser(db, (await session(user.id, { expiresAt: new Date(Date.now() - 1000) })).id, { activity: true })).toBeNull();
    const live = await session(user.id);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(db, live.id, { activity: true })).toBeNull();
  });

  describe("expiry, on a controllable clock", () => {
    const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);
    async function loginAt(at: Date) {
      const user = await createUser(db);
      const row = await db.userSession.create({
        data: { userId: user.id, createdAt: at, lastActivityAt: at, expiresAt: new Date(at.getTime() + ABSOLUTE_SESSION_HOURS * 3_600_000) },
      });
      return row.id;
    }

    it("ends after 30 minutes without a request of the person's own", async () => {
      const start = new Date("2026-03-02T08:00:00Z");
      const id = await loginAt(start);
      expect(await loadSessionUser(db, id, { now: minutes(start, IDLE_TIMEOUT_MINUTES - 1), activity: false })).not.toBeNull();
      expect(await loadSessionUser(db, id, { now: minutes(start, IDLE_TIMEOUT_MINUTES + 1), activity: true })).toBeNull();
    });

    it("is not kept alive by background requests, however many", async () => {
      const start = new Date("2026-03-02T08:00:00Z");
      const id = await loginAt(start);
      for (let m = 5; m < IDLE_TIMEOUT_MINUTES; m += 5) {
        expect(await loadSessionUser(db, id, { now: minutes(start, m), activity: false })).not.toBeNull();
      }
      expect(await loadSessionUser(db, id, { now: minutes(start, IDLE_TIMEOUT_MINUTES + 1), activity: false })).toBeNull();
      expect((await db.userSession.findUniqueOrThrow({ where: { id } })).lastActivityAt).toEqual(start);
    });

    it("moves the idle end with each request the person makes, and says when it ends", async () => {
      const start = new Date("2026-03-02T08:00:00Z");
      const id = await loginAt(start);
      const active = await loadSessionUser(db, id, { now: minutes(start, 25), activity: true });
      expect(active?.session?.idleExpiresAt).toEqual(minutes(start, 25 + IDLE_TIMEOUT_MINUTES));
      expect(active?.session?.absoluteExpiresAt).toEqual(new Date(start.getTime() + ABSOLUTE_SESSION_HOURS * 3_600_000));
      expect(await loadSessionUser(db, id, { now: minutes(start, 50), activity: false })).not.toBeNull();
      expect(await loadSessionUser(db, id, { now: minutes(start, 25 + IDLE_TIMEOUT_MINUTES + 1), activity: false })).toBeNull();
    });

    it("ends 12 hours after the login however active the person is", async () => {
      const start = new Date("2026-03-02T06:00:00Z");
      const id = await loginAt(start);
      for (let m = 20; m < ABSOLUTE_SESSION_HOURS * 60; m += 20) {
        expect(await loadSessionUser(db, id, { now: minutes(start, m), activity: true }), `minute ${m}`).not.toBeNull();
      }
      expect(await loadSessionUser(db, id, { now: minutes(start, ABSOLUTE_SESSION_HOURS * 60 + 1), activity: true })).toBeNull();
    });

    it("has not passed the second factor until the session records it", async () => {
      const start = new Date();
      const id = await loginAt(start);
      expect((await loadSessionUser(db, id, { activity: true }))?.mfaVerified).toBe(false);
      await db.userSession.update({ where: { id }, data: { mfaVerifiedAt: new Date() } });
      expect((await loadSessionUser(db, id, { activity: true }))?.mfaVerified).toBe(true);
    });
  });
});
