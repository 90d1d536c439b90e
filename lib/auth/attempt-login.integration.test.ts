import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createOffice, createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { attemptLogin, endSession } from "./attempt-login";
import { FREE_FAILURES_PER_EMAIL, FREE_FAILURES_PER_IP } from "./login-policy";
import { MAX_LIVE_SESSIONS_PER_PERSON } from "./session-policy";

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

  it(`keeps at most ${MAX_LIVE_SESSIONS_PER_PERSON} live sessions per person: a login beyond that ends the least recently used`, async () => {
    const user = await createUser(db);
    const start = Date.now();
    const sessions: string[] = [];
    for (let i = 0; i <= MAX_LIVE_SESSIONS_PER_PERSON; i++) {
      const result = await attemptLogin(db, { email: user.email, password: TEST_PASSWORD, ...context }, () => new Date(start + i * 1000));
      if (!result.ok) throw new Error("login refused");
      sessions.push(result.sessionId);
    }
    const rows = await db.userSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.revokedReason)).toEqual(["session_limit", ...Array(MAX_LIVE_SESSIONS_PER_PERSON).fill(null)]);
    expect(rows[0].id).toBe(sessions[0]);
    expect(await db.auditEvent.count({ where: { objectId: sessions[0], action: "auth.session_ended" } })).toBe(1);
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

  it("slows an address down after three failures, doubling the wait, counted across app instances; waiting is always enough", async () => {
    const user = await createUser(db);
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!);
    let now = new Date("2030-01-01T10:00:00Z").getTime();
    const clock = () => new Date(now);
    const attempt = (password: string, instance = db) => attemptLogin(instance, { email: user.email, password, ...context }, clock);
    try {
      for (let i = 0; i < FREE_FAILURES_PER_EMAIL; i++)
        expect(await attempt(`fout-${i}`, i % 2 ? otherInstance : db)).toEqual({ ok: false, reason: "invalid" });
      // The fourth straight away waits a second, whichever instance it reaches, even with the right password.
      expect(await attempt(TEST_PASSWORD, otherInstance)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });
      now += 1_000;
      expect(await attempt("fout-4")).toEqual({ ok: false, reason: "invalid" });
      expect(await attempt(TEST_PASSWORD)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 2 });
      now += 2_000;
      expect(await attempt("fout-5")).toEqual({ ok: false, reason: "invalid" });
      expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: false, retryAfterSeconds: 4 });
      // A refused attempt is not a guess: it does not make the wait longer.
      expect(await attempt("fout-6")).toMatchObject({ ok: false, retryAfterSeconds: 4 });
      now += 4_000;
      expect(await attempt(TEST_PASSWORD, otherInstance)).toMatchObject({ ok: true });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("records a burst of parallel guesses before checking any, so the burst gets no more tries than a sequence", async () => {
    const user = await createUser(db);
    const now = new Date("2030-02-01T10:00:00Z");
    const guesses = Array.from({ length: 29 }, (_, i) => `fout-${i}`);
    const results = await Promise.all(
      [...guesses, TEST_PASSWORD].map((password) =>
        attemptLogin(db, { email: user.email, password, ip: `198.51.100.${Math.floor(Math.random() * 200)}`, userAgent: "vitest" }, () => now),
      ),
    );
    const evaluated = await db.auditEvent.count({ where: { action: "auth.login_failed", details: { path: ["email"], equals: user.email } } });
    const succeeded = results.filter((r) => r.ok).length;
    expect(evaluated + succeeded).toBe(FREE_FAILURES_PER_EMAIL);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(30 - FREE_FAILURES_PER_EMAIL);
  });

  it("slows a shared office address down after many failures, without shutting out its other people", async () => {
    const ip = "203.0.113.77";
    let now = new Date("2030-03-01T10:00:00Z").getTime();
    const clock = () => new Date(now);
    for (let i = 0; i < FREE_FAILURES_PER_IP; i++) {
      await attemptLogin(db, { email: `gok-${i}@test.notaroute.nl`, password: "fout", ip, userAgent: "vitest" }, clock);
    }
    const colleague = await createUser(db);
    expect(await attemptLogin(db, { email: colleague.email, password: TEST_PASSWORD, ip, userAgent: "vitest" }, clock)).toMatchObject({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: 1,
    });
    now += 1_000;
    expect(await attemptLogin(db, { email: colleague.email, password: TEST_PASSWORD, ip, userAgent: "vitest" }, clock)).toMatchObject({ ok: true });
  });

  it("lets a successful login reset the count of earlier failures", async () => {
    const user = await createUser(db);
    for (let i = 0; i < FREE_FAILURES_PER_EMAIL - 1; i++) await attemptLogin(db, { email: user.email, password: "fout", ...context });
    expect((await attemptLogin(db, { email: user.email, password: TEST_PASSWORD, ...context })).ok).toBe(true);
    expect(await attemptLogin(db, { email: user.email, password: "fout", ...context })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db, { email: user.email, password: "fout", ...context })).toEqual({ ok: false, reason: "invalid" });
  });
});
