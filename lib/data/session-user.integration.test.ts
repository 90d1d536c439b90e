// Every request's user comes from one query: only for a live session of an active account, with
// the memberships and the delegations of today.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { createOffice, createUser } from "@/lib/testing/factories";
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
    const loaded = await loadSessionUser(db, (await session(user.id)).id);
    expect(loaded).toMatchObject({
      id: user.id,
      memberships: [{ officeId: m.id, officeCode: m.code, role: "KABINET" }],
      delegatedOfficeIds: [r.id],
      delegations: { [r.id]: delegation.id },
    });
  });

  it("is nobody for a revoked or expired session, or a deactivated account", async () => {
    const user = await createUser(db);
    expect(await loadSessionUser(db, (await session(user.id, { revokedAt: new Date() })).id)).toBeNull();
    expect(await loadSessionUser(db, (await session(user.id, { expiresAt: new Date(Date.now() - 1000) })).id)).toBeNull();
    const live = await session(user.id);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(db, live.id)).toBeNull();
  });
});
