import { afterAll, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/attempt-login";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { createNota, createOffice, createUser, notaContent, TEST_PASSWORD, unique } from "@/lib/testing/factories";
import { currentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { createNota as createNotaService } from "@/lib/services/nota/create-nota";
import { loadListOptions } from "@/lib/services/nota/load-list-options";
import { assertBeheerRemains } from "./beheer-remains";
import { createOffice as createOfficeService } from "./create-office";
import { endOffice } from "./end-office";
import { listOffices } from "./list-offices";
import { loadOffice } from "./load-office";
import { renameOffice } from "./rename-office";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function login(email: string) {
  const result = await attemptLogin(db, { email, password: TEST_PASSWORD, ip: "192.0.2.61", userAgent: "vitest" });
  if (!result.ok) throw new Error("login failed");
  return result.sessionId;
}

async function beheerMember() {
  const office = await createOffice(db);
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "BEHEER" }] });
  return { office, user: await currentUser(db, person.id) };
}

describe("offices (beheer)", () => {
  it("refuses everyone but beheer, for reading and for every change, and records each refusal", async () => {
    const unit = await createOffice(db);
    const opsteller = await currentUser(db, (await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] })).id);
    await expect(listOffices({ user: opsteller, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadOffice({ user: opsteller, officeId: unit.id, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createOfficeService({ user: opsteller, input: { code: unique("X"), name: "Nieuw", kind: "ONDERDEEL" }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(renameOffice({ user: opsteller, input: { officeId: unit.id, name: "Anders" }, context: TEST_CONTEXT })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      endOffice({ user: opsteller, input: { officeId: unit.id, endedOn: todayInAmsterdam(), successorId: null, confirm: "ja" }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    expect(await db.office.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: unit.name, active: true });
    const refusals = await db.auditEvent.findMany({ where: { actorId: opsteller.id, result: "REFUSED" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(refusals.map((r) => r.action)).toEqual(["accounts.read_refused", "accounts.read_refused", "office.created", "office.renamed", "office.ended"]);
  });

  it("creates an office with a code nobody has in any case, and renames it; each change is recorded with the beheer office acting", async () => {
    const { office: bsg, user } = await beheerMember();
    const code = unique("Min");
    const created = await createOfficeService({ user, input: { code, name: "Minister voor Iets", kind: "BEWINDSPERSOON" }, context: TEST_CONTEXT });
    await expect(
      createOfficeService({ user, input: { code: code.toUpperCase(), name: "Dubbel", kind: "ONDERDEEL" }, context: TEST_CONTEXT }),
    ).rejects.toMatchObject({
      issues: [{ path: "code", message: `Er bestaat al een onderdeel met de afkorting ${code}. Kies een andere afkorting.` }],
    });

    expect(await renameOffice({ user, input: { officeId: created.id, name: "Minister voor Iets Anders" }, context: TEST_CONTEXT })).toBe(true);
    expect(await renameOffice({ user, input: { officeId: created.id, name: "Minister voor Iets Anders" }, context: TEST_CONTEXT })).toBe(false);
    expect((await db.office.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("Minister voor Iets Anders");

    const events = await db.auditEvent.findMany({ where: { objectId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.actingOfficeId])).toEqual([
      ["office.created", user.id, bsg.id],
      ["office.renamed", user.id, bsg.id],
    ]);
    expect(events[1].details).toEqual({ from: "Minister voor Iets", to: "Minister voor Iets Anders" });
  });

  it("ends an office with a successor: its memberships, its members' sessions and its vervanging end at once; its notas stay; it is offered no more", async () => {
    const { office: bsg, user: beheer } = await beheerMember();
    const ending = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const successor = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const member = await createUser(db, { memberships: [{ officeId: ending.id, role: "KABINET" }] });
    const bystander = await createUser(db, { memberships: [{ officeId: successor.id, role: "KABINET" }] });
    const [memberSession, bystanderSession] = [await login(member.email), await login(bystander.email)];
    const nota = await createNota(db, { content: notaContent(ending.id) });
    const delegation = await db.delegation.create({
      data: {
        officeId: successor.id,
        delegateOfficeId: ending.id,
        startsOn: new Date("2025-01-01"),
        endsOn: new Date("2099-12-31"),
        createdById: bystander.id,
      },
    });
    expect((await loadOffice({ user: beheer, officeId: ending.id, context: TEST_CONTEXT })).openNotas).toBe(1);

    const today = todayInAmsterdam();
    const result = await endOffice({
      user: beheer,
      input: { officeId: ending.id, endedOn: today, successorId: successor.id, confirm: "ja" },
      context: TEST_CONTEXT,
    });
    expect(result).toEqual({ membershipsEnded: 1, sessionsEnded: 1, delegationsEnded: 1 });

    expect(await db.office.findUniqueOrThrow({ where: { id: ending.id } })).toMatchObject({ active: false, successorId: successor.id });
    expect(await db.membership.count({ where: { officeId: ending.id } })).toBe(0);
    expect(await loadSessionUser(db, memberSession, { activity: true })).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: memberSession } })).toMatchObject({ revokedReason: "memberships_changed" });
    expect(await loadSessionUser(db, bystanderSession, { activity: true })).not.toBeNull();
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).revokedAt).not.toBeNull();
    expect(await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).toMatchObject({ ownerOfficeId: ending.id });

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "office.ended", objectId: ending.id } });
    expect(event).toMatchObject({ actorId: beheer.id, actingOfficeId: bsg.id, result: "SUCCESS" });
    expect(event.details).toMatchObject({ endedOn: today, successorId: successor.id, membershipsEnded: [{ userId: member.id, role: "KABINET" }] });

    const offices = await listOffices({ user: beheer, context: TEST_CONTEXT });
    expect(offices.find((o) => o.id === ending.id)).toMatchObject({ active: false, successor: { code: successor.code } });
    expect((await loadOffice({ user: beheer, officeId: successor.id, context: TEST_CONTEXT })).successorOptions.map((o) => o.id)).not.toContain(ending.id);

    // Nothing new for it (beheer may draft for any office, but not for one that ended); the nota list still finds its notas.
    await expect(
      createNotaService({
        user: beheer,
        input: { ownerOfficeId: ending.id, title: "", start: { kind: "template", template: "beslisnota" } },
        context: TEST_CONTEXT,
      }),
    ).rejects.toMatchObject({ issues: [{ path: "ownerOfficeId" }] });
    expect((await loadListOptions()).offices.find((o) => o.id === ending.id)?.name).toBe(`${ending.name} (opgeheven)`);

    await expect(
      endOffice({ user: beheer, input: { officeId: ending.id, endedOn: today, successorId: null, confirm: "ja" }, context: TEST_CONTEXT }),
    ).rejects.toMatchObject({ issues: [{ path: "officeId", message: "Dit onderdeel is al opgeheven." }] });
    await expect(renameOffice({ user: beheer, input: { officeId: ending.id, name: "Nieuw" }, context: TEST_CONTEXT })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("refuses a successor of another kind and a day in the future, at their fields", async () => {
    const { user: beheer } = await beheerMember();
    const minister = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const unit = await createOffice(db);
    await expect(
      endOffice({ user: beheer, input: { officeId: minister.id, endedOn: "2999-01-01", successorId: unit.id, confirm: "ja" }, context: TEST_CONTEXT }),
    ).rejects.toMatchObject({
      issues: [
        { path: "endedOn", message: expect.stringContaining("kies vandaag of een dag in het verleden") },
        { path: "successorId", message: "De opvolger moet net als dit onderdeel een bewindspersoon zijn." },
      ],
    });
    expect((await db.office.findUniqueOrThrow({ where: { id: minister.id } })).active).toBe(true);
  });

  it("never leaves the application without beheer", async () => {
    // Inside a transaction that is rolled back: the other tests' beheer members are untouched.
    const rollback = new Error("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await tx.membership.deleteMany({ where: { role: "BEHEER" } });
        await expect(assertBeheerRemains(tx, "userId")).rejects.toMatchObject({
          issues: [{ path: "userId", message: expect.stringContaining("niemand met de rol beheer") }],
        });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
