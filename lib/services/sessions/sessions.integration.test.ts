import { afterAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/attempt-login";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { ForbiddenError } from "@/lib/domain/errors";
import { createOffice, createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { endOwnSessions, endUserSession, listSessions } from "./sessions";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function login(email: string) {
  const result = await attemptLogin(db, { email, password: TEST_PASSWORD, ip: "192.0.2.44", userAgent: "Mozilla/5.0 (Windows NT 10.0) Firefox/140.0" });
  if (!result.ok) throw new Error("login failed");
  return result.sessionId;
}

describe("sessions", () => {
  it("a person lists and ends their own sessions; the ended one is logged out at once; others' are not theirs to end, beheer's are", async () => {
    const unit = await createOffice(db);
    const anne = await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] });
    const bram = await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] });
    const beheer = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "BEHEER" }] }));
    const [laptop, phone] = [await login(anne.email), await login(anne.email)];
    const bramSession = await login(bram.email);
    const anneNow = (await loadSessionUser(db, laptop, { activity: true }))!;
    expect(anneNow.sessionId).toBe(laptop);

    // A session idle past the timeout is over, and is not listed as live.
    const forgotten = await login(anne.email);
    await db.userSession.update({ where: { id: forgotten }, data: { lastActivityAt: new Date(Date.now() - 31 * 60_000) } });
    const { own, everyone } = await listSessions(anneNow);
    expect(own.map((s) => s.id).sort()).toEqual([laptop, phone].sort());
    expect(everyone).toBeNull();

    // Her own: only with her password again, and never through beheer's way.
    await expect(endOwnSessions({ user: anneNow, sessionIds: [phone], password: "niet-het-goede", context: TEST_CONTEXT })).rejects.toMatchObject({
      issues: [{ path: "password", message: "Het huidige wachtwoord is onjuist." }],
    });
    expect(await db.auditEvent.count({ where: { action: "auth.sessions_end_refused", actorId: anne.id, result: "REFUSED" } })).toBe(1);
    await expect(endUserSession({ user: anneNow, sessionId: phone, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await loadSessionUser(db, phone, { activity: true })).not.toBeNull();
    expect(await endOwnSessions({ user: anneNow, sessionIds: [phone], password: TEST_PASSWORD, context: TEST_CONTEXT })).toBe(1);
    expect(await loadSessionUser(db, phone, { activity: true })).toBeNull();
    expect(await loadSessionUser(db, laptop, { activity: true })).not.toBeNull();
    // Never this session itself, and never another person's, whatever ids are sent.
    expect(await endOwnSessions({ user: anneNow, sessionIds: [laptop], password: TEST_PASSWORD, context: TEST_CONTEXT })).toBe(0);

    await expect(endUserSession({ user: anneNow, sessionId: bramSession, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await endOwnSessions({ user: anneNow, sessionIds: [bramSession], password: TEST_PASSWORD, context: TEST_CONTEXT })).toBe(0);
    expect(await loadSessionUser(db, bramSession, { activity: true })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.session_ended", actorId: anne.id, result: "REFUSED" } })).toBe(2);

    expect((await listSessions(beheer)).everyone!.map((s) => s.id)).toEqual(expect.arrayContaining([laptop, bramSession]));
    await endUserSession({ user: beheer, sessionId: bramSession, context: TEST_CONTEXT });
    expect(await loadSessionUser(db, bramSession, { activity: true })).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "auth.session_ended", actorId: beheer.id, objectId: bramSession } })).toMatchObject({
      result: "SUCCESS",
      details: { sessionUserId: bram.id, byBeheer: true },
    });
  });

  it("ends every other session of the person at once, with the password again", async () => {
    const unit = await createOffice(db);
    const carla = await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] });
    const [here, ...elsewhere] = [await login(carla.email), await login(carla.email), await login(carla.email)];
    const carlaNow = (await loadSessionUser(db, here, { activity: true }))!;
    expect(await endOwnSessions({ user: carlaNow, sessionIds: "all-others", password: TEST_PASSWORD, context: TEST_CONTEXT })).toBe(2);
    for (const id of elsewhere) expect(await db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedReason: "ended_by_user" });
    expect(await loadSessionUser(db, here, { activity: true })).not.toBeNull();
  });
});
