import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createOffice, createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { attemptLogin, endSession } from "./attempt-login";
import { MAX_FAILURES_PER_EMAIL } from "./login-policy";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const context = { ip: "192.0.2.10", userAgent: "vitest" };

describe("attemptLogin", () => {
  it("logs in with the right password, case-insensitively on the e-mail address, and records a session and an audit event", async () => {
    const office = await createOffice(db);
    const user = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
    const result = await attemptLogin(db, { email: user.email.toUpperCase(), password: TEST_PASSWORD, ...context });
    expect(result).toMatchObject({ ok: true, userId: user.id });
    if (!result.ok) return;
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const event = await db.auditEvent.findFirst({ where: { actorId: user.id, action: "auth.login" } });
    expect(event).toMatchObject({ result: "SUCCESS", ip: context.ip, userAgent: "vitest" });

    await endSession(db, result.sessionId);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } })).revokedAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown address with the same answer", async () => {
    const user = await createUser(db);
    expect(await attemptLogin(db, { email: user.email, password: "fout", ...context })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db, { email: "niemand@test.notaroute.nl", password: "fout", ...context })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const failures = await db.auditEvent.count({ where: { actorId: user.id, action: "auth.login_failed", result: "REFUSED" } });
    expect(failures).toBe(1);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createUser(db, { active: false });
    expect(await attemptLogin(db, { email: user.email, password: TEST_PASSWORD, ...context })).toEqual({ ok: false, reason: "inactive" });
  });

  it("locks an address after repeated failures, counted in the database across app instances", async () => {
    const user = await createUser(db);
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!);
    try {
      for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
        const instance = i % 2 === 0 ? db : otherInstance;
        expect((await attemptLogin(instance, { email: user.email, password: `fout-${i}`, ...context })).ok).toBe(false);
      }
      // Now even the right password is refused, on either instance.
      expect(await attemptLogin(otherInstance, { email: user.email, password: TEST_PASSWORD, ...context })).toEqual({
        ok: false,
        reason: "rate_limited",
      });
      expect(await attemptLogin(db, { email: user.email, password: TEST_PASSWORD, ...context })).toEqual({ ok: false, reason: "rate_limited" });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("lets a successful login reset the count of earlier failures", async () => {
    const user = await createUser(db);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await attemptLogin(db, { email: user.email, password: "fout", ...context });
    expect((await attemptLogin(db, { email: user.email, password: TEST_PASSWORD, ...context })).ok).toBe(true);
    expect(await attemptLogin(db, { email: user.email, password: "fout", ...context })).toEqual({ ok: false, reason: "invalid" });
  });
});
