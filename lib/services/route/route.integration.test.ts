// The route against a real PostgreSQL: the whole way, racing requests, stale decisions.
import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db/create-client";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { createUser } from "@/lib/testing/factories";
import { decisionInput, routeScenario, step, type RouteScenario } from "@/lib/testing/route-scenario";
import { asCurrentUser, currentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { saveNotaDraft } from "../nota/save-nota-draft";
import { initialNota } from "./initial-nota";
import { offerNota } from "./offer-nota";
import { decideNota } from "./decide-nota";
import { returnNota } from "./return-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** Decisions that moved the nota to besloten: exactly one per completed set. */
async function decidedEvents(notaId: string): Promise<number> {
  const events = await db.auditEvent.findMany({ where: { notaId, action: "route.decide", result: "SUCCESS" }, select: { details: true } });
  return events.filter((event) => (event.details as { to?: string }).to === "BESLOTEN").length;
}

const statusOf = async (id: string) =>
  db.nota.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, paraafIndex: true, routeRound: true } });

/** Offers the nota and lets the Via chain initial it: it then lies before the offices. */
async function toOffices(s: RouteScenario) {
  await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
  for (const parafeerder of s.parafeerders) await initialNota(step(parafeerder, s.nota.id, "PARAAF", 1));
}

const decideFor = async (s: RouteScenario, index: number) =>
  decideNota({ user: s.kabinet[index], notaId: s.nota.id, context: TEST_CONTEXT, input: await decisionInput(db, s.nota.id, s.deciding[index].id) });

describe("the route", () => {
  it("goes from concept through the Via chain to every office, and to besloten when all decided", async () => {
    const s = await routeScenario(db);
    expect(await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1))).toEqual({ status: "PARAAF" });
    expect(await statusOf(s.nota.id)).toMatchObject({ status: "PARAAF", paraafIndex: 0, routeRound: 1 });
    expect(await db.notification.count({ where: { userId: s.parafeerders[0].id, kind: "TE_PARAFEREN" } })).toBe(1);

    // Not the second unit's turn yet.
    await expect(initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1))).rejects.toBeInstanceOf(ForbiddenError);
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    expect(await statusOf(s.nota.id)).toMatchObject({ status: "PARAAF", paraafIndex: 1 });
    await initialNota(step(s.parafeerders[1], s.nota.id, "PARAAF", 1));
    expect(await statusOf(s.nota.id)).toMatchObject({ status: "TER_BESLISSING", paraafIndex: null });

    // Every deciding office and every copy office is told at the same moment.
    for (const user of s.kabinet) expect(await db.notification.count({ where: { userId: user.id, kind: "TER_BESLISSING" } })).toBe(1);
    for (const user of s.copyKabinet) expect(await db.notification.count({ where: { userId: user.id, kind: "TER_INFORMATIE" } })).toBe(1);

    // A copy office cannot decide.
    const copyInput = await decisionInput(db, s.nota.id, s.copies[0].id);
    await expect(decideNota({ user: s.copyKabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input: copyInput })).rejects.toBeInstanceOf(ForbiddenError);

    for (let i = 0; i < 3; i++) expect(await decideFor(s, i)).toEqual({ status: "recorded", notaStatus: "TER_BESLISSING" });
    expect(await decideFor(s, 3)).toEqual({ status: "recorded", notaStatus: "BESLOTEN" });
    expect((await statusOf(s.nota.id)).status).toBe("BESLOTEN");
    expect(await db.approval.count({ where: { notaId: s.nota.id } })).toBe(8);
    expect(await decidedEvents(s.nota.id)).toBe(1);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("refuses to offer an incomplete nota", async () => {
    const s = await routeScenario(db);
    await db.notaParty.deleteMany({ where: { notaId: s.nota.id, role: "AAN" } });
    await expect(offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1))).rejects.toThrow(/nog niet compleet/);
    expect((await statusOf(s.nota.id)).status).toBe("CONCEPT");
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, action: "route.offer", result: "REFUSED" } })).toBe(1);
  });
});

describe("racing requests", () => {
  it("records one decision for fifty identical requests", async () => {
    const s = await routeScenario(db);
    await toOffices(s);
    const input = await decisionInput(db, s.nota.id, s.deciding[0].id);
    const results = await Promise.all(Array.from({ length: 50 }, () => decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input })));
    expect(results.filter((r) => r.status === "recorded")).toHaveLength(1);
    expect(results.filter((r) => r.status === "already-recorded")).toHaveLength(49);
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id } })).toBe(1);
    expect(await db.approval.count({ where: { notaId: s.nota.id } })).toBe(2);
  });

  it("records all four offices deciding at once, and moves to besloten exactly once", async () => {
    const s = await routeScenario(db);
    await toOffices(s);
    const inputs = await Promise.all(s.deciding.map((o) => decisionInput(db, s.nota.id, o.id)));
    const results = await Promise.all(inputs.map((input, i) => decideNota({ user: s.kabinet[i], notaId: s.nota.id, context: TEST_CONTEXT, input })));
    expect(results.every((r) => r.status === "recorded")).toBe(true);
    expect(results.filter((r) => r.notaStatus === "BESLOTEN")).toHaveLength(1);
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id } })).toBe(4);
    expect((await statusOf(s.nota.id)).status).toBe("BESLOTEN");
    expect(await decidedEvents(s.nota.id)).toBe(1);
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, action: "route.decide", result: "SUCCESS" } })).toBe(4);
  });

  it("never records a decision on a text that was sent back", async () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const s = await routeScenario(db);
      await toOffices(s);
      const input = await decisionInput(db, s.nota.id, s.deciding[0].id);
      const [decision, sendBack] = await Promise.allSettled([
        decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input }),
        returnNota({ ...step(s.kabinet[1], s.nota.id, "TER_BESLISSING", input.expectedVersion), reason: "Graag aanpassen." }),
      ]);
      expect(sendBack.status).toBe("fulfilled");
      const recorded = await db.officeDecision.findMany({ where: { notaId: s.nota.id } });
      if (decision.status === "fulfilled") {
        // The decision came first: it is on the text as offered, before the send-back.
        expect(recorded).toHaveLength(1);
        const returned = await db.routeAction.findFirstOrThrow({ where: { notaId: s.nota.id, kind: "RETURN" } });
        expect(recorded[0].decidedAt.getTime()).toBeLessThanOrEqual(returned.createdAt.getTime());
      } else {
        expect(decision.reason).toBeInstanceOf(ConflictError);
        expect(recorded).toHaveLength(0);
      }
    }
  });
});

describe("decisions bound to a version", () => {
  it("asks an office to decide again after the text changed, and refuses a decision on the old version", async () => {
    const s = await routeScenario(db, { via: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const oldInput = await decisionInput(db, s.nota.id, s.deciding[0].id);
    await decideFor(s, 0);
    await returnNota({ ...step(s.kabinet[1], s.nota.id, "TER_BESLISSING", 1), reason: "Besluitpunt 2 aanscherpen." });
    expect((await statusOf(s.nota.id)).status).toBe("TERUGGESTUURD");
    expect(await db.notification.count({ where: { userId: s.drafter.id, kind: "TERUGGESTUURD" } })).toBe(1);

    await saveNotaDraft({ user: s.drafter, notaId: s.nota.id, baseVersion: 1, content: { ...s.content, title: "Aangescherpt" }, context: TEST_CONTEXT });
    await offerNota(step(s.drafter, s.nota.id, "TERUGGESTUURD", 2));
    expect(await statusOf(s.nota.id)).toMatchObject({ status: "TER_BESLISSING", version: 2, routeRound: 2 });

    // The old decision stays on record, bound to version 1; it does not count for version 2.
    await expect(decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input: oldInput })).rejects.toBeInstanceOf(ConflictError);
    expect(await decideFor(s, 0)).toMatchObject({ status: "recorded" });
    const decisions = await db.officeDecision.findMany({ where: { notaId: s.nota.id, officeId: s.deciding[0].id }, orderBy: { decidedAt: "asc" } });
    expect(decisions.map((d) => [d.notaVersion, d.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(decisions[0].contentHash).not.toBe(decisions[1].contentHash);
  });

  it("refuses a decision with a hash of another text than the one offered", async () => {
    const s = await routeScenario(db, { via: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const input = { ...(await decisionInput(db, s.nota.id, s.deciding[0].id)), contentHash: "0".repeat(64) };
    await expect(decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id } })).toBe(0);
  });
});

describe("acting for an office", () => {
  it("takes the office from the session: nobody decides for an office they do not belong to", async () => {
    const s = await routeScenario(db, { via: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const forOther = await decisionInput(db, s.nota.id, s.deciding[1].id);
    await expect(decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input: forOther })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, action: "route.decide", result: "REFUSED", actorId: s.kabinet[0].id } })).toBe(1);
  });

  it("lets a delegate decide during the office's absence, and says so in the record", async () => {
    const s = await routeScenario(db, { via: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    // Delegations run by the Amsterdam calendar, also in the hour when UTC is still a day behind.
    const today = todayInAmsterdam();
    const delegation = await db.delegation.create({
      data: {
        officeId: s.deciding[1].id,
        delegateUserId: s.copyKabinet[0].id,
        startsOn: new Date(`${today}T00:00:00Z`),
        endsOn: new Date(`${today}T00:00:00Z`),
        createdById: s.kabinet[1].id,
      },
    });
    const input = await decisionInput(db, s.nota.id, s.deciding[1].id);
    // The session presents the delegation with the user, as it does on every request.
    await decideNota({ user: await currentUser(db, s.copyKabinet[0].id), notaId: s.nota.id, context: TEST_CONTEXT, input });
    const decision = await db.officeDecision.findFirstOrThrow({ where: { notaId: s.nota.id } });
    expect(decision).toMatchObject({ officeId: s.deciding[1].id, decidedById: s.copyKabinet[0].id, delegationId: delegation.id });
  });
});

describe("repeated and crossing requests by people", () => {
  it("answers a second paraaf click as done, and never lets it initial the next unit's step", async () => {
    const s = await routeScenario(db);
    // One person who initials for both units of the Via chain.
    const both = asCurrentUser(await createUser(db, { memberships: s.via.map((o) => ({ officeId: o.id, role: "PARAAF" as const })) }));
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const seen = { ...step(both, s.nota.id, "PARAAF", 1), expectedRound: 1, expectedParaafIndex: 0 };
    await initialNota(seen);
    expect(await initialNota(seen)).toEqual({ status: "PARAAF" });
    expect(await statusOf(s.nota.id)).toMatchObject({ status: "PARAAF", paraafIndex: 1 });
    expect(await db.routeAction.count({ where: { notaId: s.nota.id, kind: "INITIAL" } })).toBe(1);
  });

  it("does not pass a colleague's later decision off as recorded: the first one stands", async () => {
    const s = await routeScenario(db, { via: 0 });
    const colleague = asCurrentUser(await createUser(db, { memberships: [{ officeId: s.deciding[0].id, role: "KABINET" }] }));
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const input = await decisionInput(db, s.nota.id, s.deciding[0].id, "NIET_AKKOORD");
    await decideNota({ user: s.kabinet[0], notaId: s.nota.id, context: TEST_CONTEXT, input });
    const later = decideNota({
      user: colleague,
      notaId: s.nota.id,
      context: TEST_CONTEXT,
      input: { ...input, points: input.points.map((p) => ({ ...p, decision: "AKKOORD" as const })) },
    });
    await expect(later).rejects.toThrow(/heeft het besluit namens deze bewindspersoon al vastgelegd/);
    const approvals = await db.approval.findMany({ where: { notaId: s.nota.id } });
    expect(approvals.every((a) => a.decision === "NIET_AKKOORD")).toBe(true);
  });

  it("does not let an office that decided on this text send it back", async () => {
    const s = await routeScenario(db, { via: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    await decideFor(s, 0);
    await expect(returnNota({ ...step(s.kabinet[0], s.nota.id, "TER_BESLISSING", 1), reason: "Toch niet." })).rejects.toThrow(/al besloten/);
    expect((await statusOf(s.nota.id)).status).toBe("TER_BESLISSING");
  });
});
