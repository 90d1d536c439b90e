// Tweestapsverificatie against PostgreSQL: codes, replay, recovery codes, the rate limit across
// two app instances, and the audit trail of each.
import { afterAll, describe, expect, it } from "vitest";
import { hashRecoveryCode } from "@/lib/auth/mfa/recovery-codes";
import { totpCode, totpStep } from "@/lib/auth/mfa/totp";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { ConflictError } from "@/lib/domain/errors";
import { createOffice, createUser, TEST_MFA_SECRET } from "@/lib/testing/factories";
import { TEST_CONTEXT } from "@/lib/testing/users";
import { verifyMfa } from "./verify-mfa";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A kabinet member (enrolled with TEST_MFA_SECRET) just past their password: a session that has not passed the second factor. */
async function kabinetSession(options: { mfa?: boolean } = {}) {
  const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }], mfa: options.mfa });
  const session = await db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z") } });
  const user = (await loadSessionUser(db, session.id, { activity: false }))!;
  return { person, session, user };
}

const events = (userId: string, action: string) => db.auditEvent.findMany({ where: { actorId: userId, action }, orderBy: { chainSeq: "asc" } });
const verified = async (sessionId: string) => (await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).mfaVerifiedAt;
/** Passing the second factor replaces the session: the old one ended, the new one verified. */
async function expectReplaced(oldSessionId: string, outcome: Awaited<ReturnType<typeof verifyMfa>>) {
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.session.id).not.toBe(oldSessionId);
  const old = await db.userSession.findUniqueOrThrow({ where: { id: oldSessionId } });
  expect(old).toMatchObject({ revokedReason: "second_factor_passed", mfaVerifiedAt: null });
  expect(outcome.session.expiresAt).toEqual(old.expiresAt);
  expect(await loadSessionUser(db, oldSessionId, { activity: false })).toBeNull();
  return outcome.session.id;
}

describe("verifyMfa", () => {
  it("accepts the app's current code once: the session is verified, the step used, the success audited", async () => {
    const { person, session, user } = await kabinetSession();
    expect(user.mfaVerified).toBe(false);
    const now = new Date();
    const code = totpCode(TEST_MFA_SECRET, totpStep(now));
    const deps = { db, clock: () => now };

    const outcome = await verifyMfa({ user, input: { method: "app", code }, context: TEST_CONTEXT }, deps);
    expect(outcome).toMatchObject({ ok: true, method: "app", remainingRecoveryCodes: 0 });
    const replacement = await expectReplaced(session.id, outcome);
    expect(await verified(replacement)).toEqual(now);
    expect((await loadSessionUser(db, replacement, { activity: false }))?.mfaVerified).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).mfaLastStep).toBe(totpStep(now));
    expect(await events(person.id, "mfa.verified")).toMatchObject([{ result: "SUCCESS", objectId: person.id, ip: TEST_CONTEXT.ip }]);
    expect(await db.mfaAttempt.findMany({ where: { userId: person.id }, select: { succeeded: true } })).toEqual([{ succeeded: true }]);

    // The same code again, in another session of the same person: refused, and recorded as a failure.
    const second = await db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z") } });
    const again = await verifyMfa({ user: { ...user, sessionId: second.id }, input: { method: "app", code }, context: TEST_CONTEXT }, deps);
    expect(again).toMatchObject({ ok: false, reason: "wrong_code", message: expect.stringContaining("verificatiecode klopt niet") });
    expect(await verified(second.id)).toBeNull();
    expect(await events(person.id, "mfa.verification_failed")).toMatchObject([{ result: "REFUSED", details: { method: "app", reason: "wrong_code" } }]);
  });

  it("refuses a wrong code without touching the session, and records the attempt before looking at the code", async () => {
    const { person, session, user } = await kabinetSession();
    const outcome = await verifyMfa({ user, input: { method: "app", code: "000000" }, context: TEST_CONTEXT }, { db });
    // A one-in-a-million chance that 000000 is the current code; then this test says so.
    expect(outcome).toMatchObject({ ok: false, reason: "wrong_code" });
    expect(await verified(session.id)).toBeNull();
    expect(await db.mfaAttempt.findMany({ where: { userId: person.id }, select: { succeeded: true } })).toEqual([{ succeeded: false }]);
  });

  it("accepts a recovery code once, and says how many are left", async () => {
    const { person, session, user } = await kabinetSession();
    await db.mfaRecoveryCode.createMany({
      data: ["ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2", "LMNPQ-RSTUV-WXYZ2-34567-89ABC"].map((code) => ({
        userId: person.id,
        codeHash: hashRecoveryCode(person.id, code),
      })),
    });
    const outcome = await verifyMfa({ user, input: { method: "herstelcode", recoveryCode: "abcde fghjk lmnpq rstuv wxyz2" }, context: TEST_CONTEXT }, { db });
    expect(outcome).toMatchObject({ ok: true, method: "herstelcode", remainingRecoveryCodes: 1 });
    expect(await verified(await expectReplaced(session.id, outcome))).not.toBeNull();
    expect(await events(person.id, "mfa.recovery_code_used")).toMatchObject([{ result: "SUCCESS", details: { remainingRecoveryCodes: 1 } }]);

    const second = await db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z") } });
    const reuse = await verifyMfa(
      { user: { ...user, sessionId: second.id }, input: { method: "herstelcode", recoveryCode: "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2" }, context: TEST_CONTEXT },
      { db },
    );
    expect(reuse).toMatchObject({ ok: false, reason: "wrong_code", message: "Deze herstelcode klopt niet of is al gebruikt." });
    expect(await verified(second.id)).toBeNull();
    // Another person's code does not open this account.
    const other = await kabinetSession();
    await db.mfaRecoveryCode.create({ data: { userId: other.person.id, codeHash: hashRecoveryCode(other.person.id, "WXYZ2-34567-89ABC-DEFGH-JKLMN") } });
    expect(
      await verifyMfa(
        { user: { ...user, sessionId: second.id }, input: { method: "herstelcode", recoveryCode: "WXYZ2-34567-89ABC-DEFGH-JKLMN" }, context: TEST_CONTEXT },
        { db },
      ),
    ).toMatchObject({ ok: false });
  });

  it("slows a person down after five failures, doubling the wait, counted across app instances; waiting is always enough", async () => {
    const { person, user } = await kabinetSession();
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!);
    let now = new Date("2030-01-01T10:00:00Z").getTime();
    const clock = () => new Date(now);
    // A success replaces the session: later attempts come from the new one.
    let current = user;
    const attempt = async (code: string, instance: Db = db) => {
      const outcome = await verifyMfa({ user: current, input: { method: "app", code }, context: TEST_CONTEXT }, { db: instance, clock });
      if (outcome.ok) current = { ...current, sessionId: outcome.session.id };
      return outcome;
    };
    const wrong = () => (totpCode(TEST_MFA_SECRET, totpStep(clock())) === "111111" ? "222222" : "111111");
    try {
      for (let i = 0; i < 5; i++) expect(await attempt(wrong(), i % 2 ? otherInstance : db)).toMatchObject({ ok: false, reason: "wrong_code" });
      // The sixth straight away waits 30 seconds, whichever instance it reaches, even with the right code.
      const right = () => totpCode(TEST_MFA_SECRET, totpStep(clock()));
      expect(await attempt(right(), otherInstance)).toEqual({
        ok: false,
        reason: "rate_limited",
        retryAfterSeconds: 30,
        message: "Te veel onjuiste codes. Wacht 30 seconden en probeer het dan opnieuw.",
      });
      now += 30_000;
      expect(await attempt(wrong())).toMatchObject({ ok: false, reason: "wrong_code" });
      expect(await attempt(right())).toMatchObject({ ok: false, reason: "rate_limited", retryAfterSeconds: 60 });
      // A refused attempt is not a guess: it does not make the wait longer.
      now += 10_000;
      expect(await attempt(right())).toMatchObject({ ok: false, reason: "rate_limited", retryAfterSeconds: 50 });
      now += 50_000;
      expect(await attempt(right(), otherInstance)).toMatchObject({ ok: true });
      expect(await events(person.id, "mfa.rate_limited")).toHaveLength(3);
      // After a success the count starts again.
      now += 30_000;
      expect(await attempt(wrong())).toMatchObject({ reason: "wrong_code" });
      expect(await attempt(right())).toMatchObject({ ok: true });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("records a burst of parallel guesses before checking any, so the burst gets no more tries than a sequence", async () => {
    const { person, user } = await kabinetSession();
    const now = new Date("2030-02-01T10:00:00Z");
    const guesses = Array.from({ length: 20 }, (_, i) => String(100000 + i));
    const results = await Promise.all(
      guesses.map((code) => verifyMfa({ user, input: { method: "app", code }, context: TEST_CONTEXT }, { db, clock: () => now })),
    );
    expect(results.filter((r) => !r.ok && r.reason !== "rate_limited")).toHaveLength(5);
    expect(await db.mfaAttempt.count({ where: { userId: person.id } })).toBe(5);
  });

  it("lets a person whose stored secret no longer opens (a new NEXTAUTH_SECRET) in with a recovery code", async () => {
    const { person, session, user } = await kabinetSession();
    await db.user.update({ where: { id: person.id }, data: { mfaSecret: "v1.AAAA.AAAA.AAAA" } });
    await db.mfaRecoveryCode.create({ data: { userId: person.id, codeHash: hashRecoveryCode(person.id, "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2") } });
    const code = totpCode(TEST_MFA_SECRET, totpStep(new Date()));
    expect(await verifyMfa({ user, input: { method: "app", code }, context: TEST_CONTEXT }, { db })).toMatchObject({
      ok: false,
      reason: "secret_unreadable",
      message: expect.stringContaining("herstelcode"),
    });
    const outcome = await verifyMfa({ user, input: { method: "herstelcode", recoveryCode: "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2" }, context: TEST_CONTEXT }, { db });
    expect(outcome).toMatchObject({ ok: true });
    expect(await verified(await expectReplaced(session.id, outcome))).not.toBeNull();
  });

  it("does not verify a person who has not enrolled, nor revive a session that ended", async () => {
    const fresh = await kabinetSession({ mfa: false });
    await expect(verifyMfa({ user: fresh.user, input: { method: "app", code: "123456" }, context: TEST_CONTEXT }, { db })).rejects.toBeInstanceOf(
      ConflictError,
    );

    const { session, user } = await kabinetSession();
    await db.userSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    const code = totpCode(TEST_MFA_SECRET, totpStep(new Date()));
    await expect(verifyMfa({ user, input: { method: "app", code }, context: TEST_CONTEXT }, { db })).rejects.toThrow(/niet \(meer\) ingelogd/);
    expect(await verified(session.id)).toBeNull();
  });
});
