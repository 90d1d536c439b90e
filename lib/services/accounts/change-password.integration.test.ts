import { afterAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/attempt-login";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { ForbiddenError } from "@/lib/domain/errors";
import { createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { TEST_CONTEXT } from "@/lib/testing/users";
import { changePassword } from "./change-password";
import { MAX_WRONG_CURRENT_PASSWORDS } from "./reauthenticate";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const NEW_PASSWORD = "Koffie met een koekje om tien uur";

async function login(email: string, password = TEST_PASSWORD) {
  const result = await attemptLogin(db, { email, password, ip: "192.0.2.63", userAgent: "vitest" });
  return result.ok ? result.sessionId : null;
}

describe("changing one's own password", () => {
  it("needs the current password; ends the person's other sessions and keeps this one", async () => {
    const person = await createUser(db);
    const feed = await db.calendarToken.create({ data: { userId: person.id, tokenHash: `test-${person.id}` } });
    const [laptop, phone] = [(await login(person.email))!, (await login(person.email))!];
    const user = (await loadSessionUser(db, laptop, { activity: true }))!;
    const input = { currentPassword: "niet-het-goede", password: NEW_PASSWORD, confirmation: NEW_PASSWORD };

    await expect(changePassword({ user, input, context: TEST_CONTEXT })).rejects.toMatchObject({
      issues: [{ path: "currentPassword", message: "Het huidige wachtwoord is onjuist." }],
    });
    await expect(
      changePassword({
        user,
        input: { ...input, currentPassword: TEST_PASSWORD, password: "leavemealone", confirmation: "leavemealone" },
        context: TEST_CONTEXT,
      }),
    ).rejects.toMatchObject({
      issues: [{ path: "password", message: expect.stringContaining("gelekte wachtwoorden") }],
    });
    expect(await loadSessionUser(db, phone, { activity: true })).not.toBeNull();

    expect(await changePassword({ user, input: { ...input, currentPassword: TEST_PASSWORD }, context: TEST_CONTEXT })).toEqual({ sessionsEnded: 1 });
    expect(await loadSessionUser(db, laptop, { activity: true })).not.toBeNull();
    expect(await loadSessionUser(db, phone, { activity: true })).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: phone } })).toMatchObject({ revokedReason: "password_changed" });
    // The calendar feed's token is a credential too: it ends with the old password.
    expect((await db.calendarToken.findUniqueOrThrow({ where: { id: feed.id } })).revokedAt).not.toBeNull();
    expect(await login(person.email)).toBeNull();
    expect(await login(person.email, NEW_PASSWORD)).not.toBeNull();

    const events = await db.auditEvent.findMany({ where: { actorId: person.id, action: "account.password_changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.result)).toEqual(["REFUSED", "SUCCESS"]);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain(NEW_PASSWORD);
  });

  it("waits after too many wrong current passwords, even for the right one", async () => {
    const person = await createUser(db);
    const user = (await loadSessionUser(db, (await login(person.email))!, { activity: true }))!;
    const wrong = { currentPassword: "fout", password: NEW_PASSWORD, confirmation: NEW_PASSWORD };
    for (let i = 0; i < MAX_WRONG_CURRENT_PASSWORDS; i++) await expect(changePassword({ user, input: wrong, context: TEST_CONTEXT })).rejects.toThrow();
    await expect(changePassword({ user, input: { ...wrong, currentPassword: TEST_PASSWORD }, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await login(person.email)).not.toBeNull();
  });
});
