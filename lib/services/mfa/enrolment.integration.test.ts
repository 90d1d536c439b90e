// Instellen and wissen of tweestapsverificatie against PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { hashRecoveryCode } from "@/lib/auth/mfa/recovery-codes";
import { openMfaSecret } from "@/lib/auth/mfa/secret-box";
import { totpCode, totpStep } from "@/lib/auth/mfa/totp";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { createOffice, createUser } from "@/lib/testing/factories";
import { currentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { confirmEnrolment, pendingEnrolment } from "./enrolment";
import { resetMfa } from "./reset-mfa";
import { verifyMfa } from "./verify-mfa";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function freshKabinetSession() {
  const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }], mfa: false });
  const session = await db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z") } });
  return { person, session, user: (await loadSessionUser(db, session.id, { activity: false }))! };
}

describe("enrolment", () => {
  it("keeps one pending secret, sealed, until the first code confirms it; then ten recovery codes, stored hashed, and a verified session", async () => {
    const { person, session, user } = await freshKabinetSession();
    const first = await pendingEnrolment(user, { db });
    if (first.status !== "pending") throw new Error("expected a pending enrolment");
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.uri).toContain(`secret=${first.secret}`);
    // A reload shows the same secret: what was scanned stays valid.
    expect(await pendingEnrolment(user, { db })).toEqual(first);
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.mfaSecret).not.toContain(first.secret);
    expect(openMfaSecret(stored.mfaSecret!, person.id)).toBe(first.secret);
    expect(stored.mfaEnabledAt).toBeNull();

    const now = new Date();
    const wrong = await confirmEnrolment({ user, code: totpCode(first.secret, totpStep(now) + 5), context: TEST_CONTEXT }, { db, clock: () => now });
    expect(wrong).toMatchObject({ ok: false, reason: "wrong_code" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).mfaEnabledAt).toBeNull();

    const result = await confirmEnrolment({ user, code: totpCode(first.secret, totpStep(now)), context: TEST_CONTEXT }, { db, clock: () => now });
    if (!result.ok) throw new Error(result.message);
    expect(result.recoveryCodes).toHaveLength(10);
    const enrolled = await db.user.findUniqueOrThrow({ where: { id: person.id }, include: { mfaRecoveryCodes: true } });
    expect(enrolled).toMatchObject({ mfaEnabledAt: now, mfaLastStep: totpStep(now) });
    expect(enrolled.mfaRecoveryCodes.map((c) => c.codeHash).sort()).toEqual(result.recoveryCodes.map((c) => hashRecoveryCode(person.id, c)).sort());
    // The session is replaced by a verified one with the same absolute end; the old one ended.
    expect(result.session.id).not.toBe(session.id);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: result.session.id } })).mfaVerifiedAt).toEqual(now);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ revokedReason: "second_factor_passed", mfaVerifiedAt: null });
    expect(await db.auditEvent.findMany({ where: { actorId: person.id, action: { startsWith: "mfa." } }, orderBy: { chainSeq: "asc" } })).toMatchObject([
      { action: "mfa.verification_failed", result: "REFUSED", details: { purpose: "enrol" } },
      { action: "mfa.enrolled", result: "SUCCESS", details: { recoveryCodes: 10 } },
    ]);

    // Enrolled: no second enrolment over it, and the codes work.
    expect(await pendingEnrolment(user, { db })).toEqual({ status: "enrolled" });
    await expect(confirmEnrolment({ user, code: "123456", context: TEST_CONTEXT }, { db })).rejects.toBeInstanceOf(ConflictError);
    const later = { ...user, sessionId: result.session.id };
    expect(
      await verifyMfa({ user: later, input: { method: "herstelcode", recoveryCode: result.recoveryCodes[3] }, context: TEST_CONTEXT }, { db }),
    ).toMatchObject({
      ok: true,
      remainingRecoveryCodes: 9,
    });
  });
});

describe("resetMfa", () => {
  async function enrolledKabinetWithSessions() {
    const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const person = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }] });
    await db.mfaRecoveryCode.create({ data: { userId: person.id, codeHash: hashRecoveryCode(person.id, "ABCDE-FGHJK") } });
    const sessions = await Promise.all(
      [1, 2].map(() => db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z"), mfaVerifiedAt: new Date() } })),
    );
    return { person, sessions };
  }

  it("lets beheer wipe a person's secret and recovery codes and end their sessions, audited", async () => {
    const bsg = await createOffice(db);
    const beheer = await currentUser(db, (await createUser(db, { memberships: [{ officeId: bsg.id, role: "BEHEER" }] })).id);
    const { person, sessions } = await enrolledKabinetWithSessions();

    expect(await resetMfa({ user: beheer, userId: person.id, context: TEST_CONTEXT })).toEqual({ sessionsEnded: 2 });
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id }, include: { mfaRecoveryCodes: true, sessions: true } });
    expect(after).toMatchObject({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryCodes: [] });
    for (const s of after.sessions) expect(s).toMatchObject({ revokedReason: "mfa_reset", revokedAt: expect.any(Date) });
    for (const s of sessions) expect(await loadSessionUser(db, s.id, { activity: false })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "mfa.reset", objectId: person.id } })).toMatchObject({
      actorId: beheer.id,
      result: "SUCCESS",
      details: { wasEnrolled: true, recoveryCodesRemoved: 1, sessionsEnded: 2 },
    });
  });

  it("refuses anyone but beheer, beheer in a session without the second factor, and beheer for themselves: audited, nothing changed", async () => {
    const bsg = await createOffice(db);
    const beheerId = (await createUser(db, { memberships: [{ officeId: bsg.id, role: "BEHEER" }] })).id;
    const secretariaat = await currentUser(db, (await createUser(db, { memberships: [{ officeId: bsg.id, role: "SECRETARIAAT" }] })).id);
    const { person } = await enrolledKabinetWithSessions();
    const attempts = [
      { user: secretariaat, userId: person.id, reason: /Alleen beheer/ },
      { user: await currentUser(db, beheerId, { mfaVerified: false }), userId: person.id, reason: /tweestapsverificatie/ },
      { user: await currentUser(db, beheerId), userId: beheerId, reason: /eigen tweestapsverificatie/ },
    ];
    for (const attempt of attempts) {
      await expect(resetMfa({ ...attempt, context: TEST_CONTEXT })).rejects.toThrow(attempt.reason);
      await expect(resetMfa({ ...attempt, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id }, include: { mfaRecoveryCodes: true, sessions: true } });
    expect(after.mfaEnabledAt).not.toBeNull();
    expect(after.mfaRecoveryCodes).toHaveLength(1);
    expect(after.sessions.every((s) => s.revokedAt === null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "mfa.reset_refused", result: "REFUSED", objectId: { in: [person.id, beheerId] } } })).toBe(6);
  });
});
