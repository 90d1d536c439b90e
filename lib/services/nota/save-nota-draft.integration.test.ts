import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import type { NotaStatus, Role } from "@/lib/generated/prisma/enums";
import { loadSnapshot } from "@/lib/data/content-rows";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { doc, paragraph } from "@/lib/domain/rich-text/build";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { recordNamedVersion } from "./record-named-version";
import { saveNotaDraft } from "./save-nota-draft";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function setup(status: NotaStatus = "CONCEPT") {
  const owner = await createOffice(db);
  const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: owner.id, role: "OPSTELLER" }] }));
  const content = notaContent(owner.id);
  const nota = await createNota(db, { content, status, createdById: drafter.id });
  return { owner, drafter, content, nota };
}

const snapshotOf = (id: string) => db.$transaction((tx) => loadSnapshot(tx, id));
const save = (user: Parameters<typeof saveNotaDraft>[0]["user"], notaId: string, baseVersion: number, content: NotaContent) =>
  saveNotaDraft({ user, notaId, baseVersion, content, context: TEST_CONTEXT });

describe("saveNotaDraft", () => {
  it("saves content based on the current version and increases the version", async () => {
    const { drafter, content, nota } = await setup();
    const result = await save(drafter, nota.id, 1, { ...content, title: "Nieuwe titel" });
    expect(result.version).toBe(2);
    expect((await snapshotOf(nota.id)).title).toBe("Nieuwe titel");
    const event = await db.auditEvent.findFirst({ where: { notaId: nota.id, action: "nota.edited" } });
    expect(event).toMatchObject({ actorId: drafter.id, notaVersion: 2, details: { changed: ["title"] } });
  });

  it("keeps an office that has since ended where the nota named it, but refuses it where it is newly chosen", async () => {
    const { drafter, content, nota } = await setup();
    const [kept, ended] = [await createOffice(db, { kind: "BEWINDSPERSOON" }), await createOffice(db, { kind: "BEWINDSPERSOON" })];
    const successor = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const named = { ...content, recipients: { besluit: [kept.id], informatie: [] } };
    expect((await save(drafter, nota.id, 1, named)).version).toBe(2);
    await db.office.updateMany({
      where: { id: { in: [kept.id, ended.id] } },
      data: { active: false, endedOn: new Date("2026-01-01"), successorId: successor.id },
    });

    // The office the nota already named stays; a save of other changes goes through.
    expect((await save(drafter, nota.id, 2, { ...named, title: "Andere titel" })).version).toBe(3);
    const refused = save(drafter, nota.id, 3, { ...named, recipients: { besluit: [kept.id], informatie: [ended.id] } });
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toMatchObject({
      issues: [
        {
          path: "recipients.informatie.0",
          message: `${ended.name} (${ended.code}) is opgeheven en kan niet meer worden gekozen; kies ${successor.name} (${successor.code}).`,
        },
      ],
    });
    expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).version).toBe(3);
  });

  it("refuses a save based on a stale version, returns what is there now, and changes nothing", async () => {
    const { drafter, content, nota } = await setup();
    await save(drafter, nota.id, 1, { ...content, title: "Eerste" });
    const stale = save(drafter, nota.id, 1, { ...content, title: "Tweede, op een oude versie" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e) => e)) as ConflictError<{ currentVersion: number; snapshot: { title: string } }>;
    expect(error.details.currentVersion).toBe(2);
    expect(error.details.snapshot.title).toBe("Eerste");
    expect((await snapshotOf(nota.id)).title).toBe("Eerste");
    expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "nota.edit_conflict", result: "REFUSED" } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves on the same version through", async () => {
    const { drafter, content, nota } = await setup();
    const colleague = asCurrentUser(await createUser(db, { memberships: [{ officeId: content.ownerOfficeId, role: "OPSTELLER" }] }));
    const results = await Promise.allSettled([
      save(drafter, nota.id, 1, { ...content, title: "Van de opsteller" }),
      save(colleague, nota.id, 1, { ...content, title: "Van de collega" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ version: number }>).value;
    expect(winner.version).toBe(2);
    expect(["Van de opsteller", "Van de collega"]).toContain((await snapshotOf(nota.id)).title);
  });

  it.each<[string, Role | "OTHER_OPSTELLER"]>([
    ["a parafeerder", "PARAAF"],
    ["a kabinet", "KABINET"],
    ["the secretariat", "SECRETARIAAT"],
    ["an opsteller of another unit", "OTHER_OPSTELLER"],
  ])("refuses %s, changes nothing and records the refusal", async (_who, role) => {
    const { owner, content, nota } = await setup();
    const office = role === "OTHER_OPSTELLER" ? await createOffice(db) : owner;
    const user = asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role: role === "OTHER_OPSTELLER" ? "OPSTELLER" : role }] }));
    await expect(save(user, nota.id, 1, { ...content, title: "Niet toegestaan" })).rejects.toSatisfy(
      (e) => e instanceof ForbiddenError || e.constructor.name === "NotFoundError",
    );
    const after = await db.nota.findUniqueOrThrow({ where: { id: nota.id } });
    expect(after).toMatchObject({ version: 1, title: content.title });
  });

  it("refuses the owning opsteller once the nota has left the drafting desk", async () => {
    for (const status of ["PARAAF", "TER_BESLISSING", "BESLOTEN", "INGETROKKEN"] as const) {
      const { drafter, content, nota } = await setup(status);
      await expect(save(drafter, nota.id, 1, { ...content, title: "Te laat" })).rejects.toBeInstanceOf(ForbiddenError);
      expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).version, status).toBe(1);
      expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "nota.edit_refused", result: "REFUSED" } }), status).toBe(1);
    }
  });

  it("lets the opsteller edit a nota that was sent back, and lets beheer edit any", async () => {
    const { drafter, content, nota } = await setup("TERUGGESTUURD");
    expect((await save(drafter, nota.id, 1, { ...content, title: "Aangepast" })).version).toBe(2);
    const admin = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "BEHEER" }] }));
    expect((await save(admin, nota.id, 2, { ...content, title: "Door beheer" })).version).toBe(3);
  });

  it("keeps a decision point that an office decided on when it is removed from the text", async () => {
    const { drafter, content, nota } = await setup();
    const decider = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const point = content.decisionPoints[0];
    await db.officeDecision.create({
      data: {
        notaId: nota.id,
        officeId: decider.id,
        round: 1,
        notaVersion: 1,
        contentHash: "x",
        decidedById: drafter.id,
        approvals: {
          create: {
            notaId: nota.id,
            officeId: decider.id,
            decisionPointId: point.id,
            decision: "AKKOORD",
            notaVersion: 1,
            contentHash: "x",
            decidedById: drafter.id,
          },
        },
      },
    });
    const newPoint = { id: randomUUID(), text: doc(paragraph("Een ander besluitpunt.")) };
    await save(drafter, nota.id, 1, { ...content, decisionPoints: [newPoint] });
    const rows = await db.decisionPoint.findMany({ where: { notaId: nota.id }, orderBy: { position: "asc" } });
    expect(rows.find((r) => r.id === point.id)?.retiredAt).not.toBeNull();
    expect(rows.find((r) => r.id === newPoint.id)?.retiredAt).toBeNull();
    expect((await snapshotOf(nota.id)).decisionPoints.map((p) => p.id)).toEqual([newPoint.id]);
    expect(await db.approval.count({ where: { decisionPointId: point.id } })).toBe(1);
  });

  it("refuses content that names another nota's decision point, and invalid values with field paths", async () => {
    const { drafter, content, nota } = await setup();
    const other = await setup();
    await expect(save(drafter, nota.id, 1, { ...content, decisionPoints: other.content.decisionPoints })).rejects.toBeInstanceOf(InvalidInputError);
    const invalid = save(drafter, nota.id, 1, { ...content, date: "2025-13-01" });
    await expect(invalid).rejects.toBeInstanceOf(InvalidInputError);
    expect(((await invalid.catch((e) => e)) as InvalidInputError).issues[0]).toMatchObject({ path: "date" });
    expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).version).toBe(1);
  });
});

describe("versions", () => {
  it("coalesces one author's autosaves, starts a new version for another author, and names versions on request", async () => {
    const { drafter, content, nota } = await setup();
    const colleague = asCurrentUser(await createUser(db, { memberships: [{ officeId: content.ownerOfficeId, role: "OPSTELLER" }] }));
    await save(drafter, nota.id, 1, { ...content, title: "a" });
    await save(drafter, nota.id, 2, { ...content, title: "ab" });
    await save(drafter, nota.id, 3, { ...content, title: "abc" });
    let versions = await db.notaVersion.findMany({ where: { notaId: nota.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.kind, v.revision])).toEqual([
      [1, "EXPLICIT", 1],
      [2, "AUTOSAVE", 4],
    ]);

    await save(colleague, nota.id, 4, { ...content, title: "abcd" });
    const named = await recordNamedVersion({ user: colleague, notaId: nota.id, expectedVersion: 5, label: "Na afstemming", context: TEST_CONTEXT });
    expect(named).toEqual({ number: 3, created: false });
    await save(colleague, nota.id, 5, { ...content, title: "abcde" });
    versions = await db.notaVersion.findMany({ where: { notaId: nota.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.kind, v.label])).toEqual([
      [1, "EXPLICIT", "Aangemaakt"],
      [2, "AUTOSAVE", null],
      [3, "EXPLICIT", "Na afstemming"],
      [4, "AUTOSAVE", null],
    ]);
    expect((versions[3].content as { title: string }).title).toBe("abcde");
  });
});
