import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/attempt-login";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { createOffice, createUser, TEST_PASSWORD, unique } from "@/lib/testing/factories";
import { currentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { addMembership, removeMembership } from "./change-membership";
import { createPerson } from "./create-person";
import { issueAccountLink } from "./issue-account-link";
import { listPeople } from "./list-people";
import { loadPerson } from "./load-person";
import { deactivatePerson, reactivatePerson } from "./set-person-active";
import { setPasswordByLink } from "./set-password-by-link";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const NEW_PASSWORD = "fiets paraplu thee 42";

async function login(email: string, password = TEST_PASSWORD) {
  const result = await attemptLogin(db, { email, password, ip: "192.0.2.62", userAgent: "vitest" });
  return result.ok ? result.sessionId : null;
}

async function beheerMember() {
  const office = await createOffice(db);
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "BEHEER" }] });
  return { office, user: await currentUser(db, person.id) };
}

const tokenOf = (url: string) => url.split("/wachtwoord-instellen/")[1];

describe("people (beheer)", () => {
  it("creates a person with a membership and a 24-hour invitation whose token is stored only as its SHA-256", async () => {
    const { office: bsg, user: beheer } = await beheerMember();
    const dvb = await createOffice(db);
    const email = `${unique("Anne.")}@MinBuZa.nl`;
    const before = Date.now();
    const { personId, link } = await createPerson({
      user: beheer,
      input: { name: "Anne de Vries", email, officeId: dvb.id, role: "OPSTELLER" },
      context: TEST_CONTEXT,
    });
    const person = await db.user.findUniqueOrThrow({ where: { id: personId }, include: { memberships: true, accountTokens: true } });
    expect(person).toMatchObject({ email: email.toLowerCase(), passwordHash: null, active: true });
    expect(person.memberships).toMatchObject([{ officeId: dvb.id, role: "OPSTELLER" }]);
    expect(link.kind).toBe("INVITATION");
    const token = tokenOf(link.url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(person.accountTokens).toHaveLength(1);
    expect(person.accountTokens[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(person.accountTokens)).not.toContain(token);
    const hours = (person.accountTokens[0].expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24.01);

    await expect(
      createPerson({ user: beheer, input: { name: "Ander", email: email.toUpperCase(), officeId: "", role: "" }, context: TEST_CONTEXT }),
    ).rejects.toMatchObject({ issues: [{ path: "email", message: "Er bestaat al een account met dit e-mailadres. Zoek de persoon op in de lijst." }] });

    const events = await db.auditEvent.findMany({ where: { objectId: personId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.actingOfficeId])).toEqual([
      ["person.created", beheer.id, bsg.id],
      ["account.invitation_issued", beheer.id, bsg.id],
    ]);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain(token);

    const { people } = await listPeople({ user: beheer, query: "anne de", context: TEST_CONTEXT });
    expect(people.find((p) => p.id === personId)).toMatchObject({ status: "uitgenodigd", memberships: [{ role: "OPSTELLER", office: { code: dvb.code } }] });
    expect(people.find((p) => p.id === personId)).not.toHaveProperty("passwordHash");
  });

  it("sets a password once through the link: too short, breached or the address itself are refused at the field; then the person logs in", async () => {
    const { user: beheer } = await beheerMember();
    const email = `${unique("bram-")}@minbuza.nl`;
    const { personId, link } = await createPerson({ user: beheer, input: { name: "Bram Jansen", email, officeId: "", role: "" }, context: TEST_CONTEXT });
    const token = tokenOf(link.url);
    const attempt = (password: string) => setPasswordByLink({ token, input: { password, confirmation: password }, context: TEST_CONTEXT });

    await expect(attempt("te kort")).rejects.toMatchObject({
      issues: [{ path: "password", message: "Kies een wachtwoord van minstens 12 tekens (dit zijn er 7)." }],
    });
    await expect(attempt("LeaveMeAlone")).rejects.toMatchObject({ issues: [{ path: "password", message: expect.stringContaining("gelekte wachtwoorden") }] });
    await expect(attempt(`x${email}`)).rejects.toMatchObject({ issues: [{ path: "password", message: "Uw wachtwoord mag uw e-mailadres niet bevatten." }] });
    expect(await login(email, "LeaveMeAlone")).toBeNull();

    expect(await attempt(NEW_PASSWORD)).toEqual({ email });
    const person = await db.user.findUniqueOrThrow({ where: { id: personId } });
    expect(person.passwordHash).toMatch(/^\$argon2id\$/);
    expect(person.passwordChangedAt).not.toBeNull();
    expect(await login(email, NEW_PASSWORD)).not.toBeNull();

    // Once only: the same link again is refused, and so is a link that never existed.
    await expect(attempt("een ander wachtwoord")).rejects.toThrow("Deze link is al gebruikt.");
    await expect(
      setPasswordByLink({ token: "A".repeat(43), input: { password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, context: TEST_CONTEXT }),
    ).rejects.toThrow("Deze link is ongeldig.");
    expect(await login(email, NEW_PASSWORD)).not.toBeNull();
    const used = await db.auditEvent.findMany({
      where: { objectId: personId, action: { in: ["account.invitation_used", "account.link_refused"] } },
      orderBy: { id: "asc" },
    });
    expect(used.map((e) => [e.action, e.result, e.actorId])).toEqual([
      ["account.invitation_used", "SUCCESS", personId],
      ["account.link_refused", "REFUSED", personId],
    ]);
  });

  it("refuses an expired link, and one replaced by a newer link; a reset link ends every session of the person", async () => {
    const { user: beheer } = await beheerMember();
    const person = await createUser(db);
    const session = await login(person.email);
    const first = tokenOf((await issueAccountLink({ user: beheer, personId: person.id, context: TEST_CONTEXT })).url);
    const second = await issueAccountLink({ user: beheer, personId: person.id, context: TEST_CONTEXT });
    expect(second.kind).toBe("PASSWORD_RESET");
    const input = { password: NEW_PASSWORD, confirmation: NEW_PASSWORD };
    await expect(setPasswordByLink({ token: first, input, context: TEST_CONTEXT })).rejects.toThrow("Deze link geldt niet meer");

    await db.accountToken.updateMany({ where: { userId: person.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setPasswordByLink({ token: tokenOf(second.url), input, context: TEST_CONTEXT })).rejects.toThrow("Deze link is verlopen");

    const third = tokenOf((await issueAccountLink({ user: beheer, personId: person.id, context: TEST_CONTEXT })).url);
    await setPasswordByLink({ token: third, input, context: TEST_CONTEXT });
    expect(await loadSessionUser(db, session!, { activity: true })).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session! } })).toMatchObject({ revokedReason: "password_changed" });
    expect(await login(person.email)).toBeNull();
    expect(await login(person.email, NEW_PASSWORD)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { objectId: person.id, action: "account.reset_used" } })).toBe(1);
  });

  it("adding or removing a membership ends that person's sessions at once; a duplicate or an ended office is refused at its field", async () => {
    const { user: beheer } = await beheerMember();
    const dvb = await createOffice(db);
    const ended = await createOffice(db);
    await db.office.update({ where: { id: ended.id }, data: { active: false } });
    const person = await createUser(db, { memberships: [{ officeId: dvb.id, role: "OPSTELLER" }] });
    const session = await login(person.email);

    await addMembership({ user: beheer, input: { userId: person.id, officeId: dvb.id, role: "PARAAF" }, context: TEST_CONTEXT });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session! } })).toMatchObject({ revokedReason: "memberships_changed" });
    await expect(addMembership({ user: beheer, input: { userId: person.id, officeId: dvb.id, role: "PARAAF" }, context: TEST_CONTEXT })).rejects.toMatchObject({
      issues: [{ path: "role", message: "Deze persoon heeft deze rol al bij dit onderdeel." }],
    });
    await expect(
      addMembership({ user: beheer, input: { userId: person.id, officeId: ended.id, role: "PARAAF" }, context: TEST_CONTEXT }),
    ).rejects.toMatchObject({
      issues: [{ path: "officeId" }],
    });

    const again = await login(person.email);
    const paraaf = await db.membership.findFirstOrThrow({ where: { userId: person.id, role: "PARAAF" } });
    await removeMembership({ user: beheer, membershipId: paraaf.id, context: TEST_CONTEXT });
    expect(await loadSessionUser(db, again!, { activity: true })).toBeNull();
    expect((await loadPerson({ user: beheer, userId: person.id, context: TEST_CONTEXT })).person.memberships).toMatchObject([{ role: "OPSTELLER" }]);
    const events = await db.auditEvent.findMany({ where: { objectId: person.id, action: { startsWith: "membership." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.details as { role: string }).role])).toEqual([
      ["membership.added", "PARAAF"],
      ["membership.removed", "PARAAF"],
    ]);
  });

  it("deactivation logs the person out at once and revokes their links; beheer cannot deactivate itself; reactivation lets them in again", async () => {
    const { user: beheer } = await beheerMember();
    const person = await createUser(db);
    const session = await login(person.email);
    const link = tokenOf((await issueAccountLink({ user: beheer, personId: person.id, context: TEST_CONTEXT })).url);

    await deactivatePerson({ user: beheer, personId: person.id, context: TEST_CONTEXT });
    expect(await loadSessionUser(db, session!, { activity: true })).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session! } })).toMatchObject({ revokedReason: "deactivated" });
    expect(await login(person.email)).toBeNull();
    await expect(setPasswordByLink({ token: link, input: { password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, context: TEST_CONTEXT })).rejects.toThrow(
      "Deze link geldt niet meer",
    );
    await expect(issueAccountLink({ user: beheer, personId: person.id, context: TEST_CONTEXT })).rejects.toBeInstanceOf(InvalidInputError);

    await expect(deactivatePerson({ user: beheer, personId: beheer.id, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: beheer.id, action: "person.deactivated", result: "REFUSED" } })).toBe(1);

    await reactivatePerson({ user: beheer, personId: person.id, context: TEST_CONTEXT });
    expect(await login(person.email)).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { objectId: person.id, action: { startsWith: "person." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["person.deactivated", "person.reactivated"]);
  });

  it("refuses everyone but beheer, for the list, a person, and every change, with each refusal recorded", async () => {
    const unit = await createOffice(db);
    const secretariaat = await currentUser(db, (await createUser(db, { memberships: [{ officeId: unit.id, role: "SECRETARIAAT" }] })).id);
    const other = await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] });
    const membershipId = other.memberships[0].id;
    const attempts = [
      () => listPeople({ user: secretariaat, query: "", context: TEST_CONTEXT }),
      () => loadPerson({ user: secretariaat, userId: other.id, context: TEST_CONTEXT }),
      () => createPerson({ user: secretariaat, input: { name: "X", email: `${unique()}@minbuza.nl`, officeId: "", role: "" }, context: TEST_CONTEXT }),
      () => addMembership({ user: secretariaat, input: { userId: other.id, officeId: unit.id, role: "BEHEER" }, context: TEST_CONTEXT }),
      () => removeMembership({ user: secretariaat, membershipId, context: TEST_CONTEXT }),
      () => deactivatePerson({ user: secretariaat, personId: other.id, context: TEST_CONTEXT }),
      () => reactivatePerson({ user: secretariaat, personId: other.id, context: TEST_CONTEXT }),
      () => issueAccountLink({ user: secretariaat, personId: other.id, context: TEST_CONTEXT }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.membership.count({ where: { userId: other.id } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ active: true });
    expect(await db.accountToken.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: secretariaat.id, result: "REFUSED" } })).toBe(attempts.length);
  });

  it("refuses beheer in a session that has not passed the second factor", async () => {
    const { user } = await beheerMember();
    const withoutMfa = { ...user, mfaVerified: false };
    await expect(listPeople({ user: withoutMfa, query: "", context: TEST_CONTEXT })).rejects.toThrow("Beheer vraagt tweestapsverificatie");
    await expect(
      createPerson({ user: withoutMfa, input: { name: "X", email: `${unique()}@minbuza.nl`, officeId: "", role: "" }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: user.id, result: "REFUSED", action: { in: ["accounts.read_refused", "person.created"] } } })).toBe(2);
  });
});
