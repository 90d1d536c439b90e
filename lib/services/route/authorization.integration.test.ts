// Every role × every route action, on a nota of another office and on a nota in the wrong
// state: refused, the nota unchanged, and the refusal in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Role } from "@/lib/domain/enums";
import type { RouteStatus as NotaStatus } from "@/lib/domain/route/state-machine";
import type { CurrentUser } from "@/lib/domain/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createOffice, createUser } from "@/lib/testing/factories";
import { decisionInput, routeScenario, type RouteScenario } from "@/lib/testing/route-scenario";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { saveNotaDraft } from "../nota/save-nota-draft";
import { initialNota } from "./initial-nota";
import { offerNota } from "./offer-nota";
import { decideNota } from "./decide-nota";
import { returnNota } from "./return-nota";
import { withdrawNota } from "./withdraw-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Attempt = (s: RouteScenario, user: CurrentUser, officeId: string) => Promise<unknown>;

async function current(notaId: string) {
  return db.nota.findUniqueOrThrow({ where: { id: notaId }, select: { status: true, version: true, paraafIndex: true, title: true } });
}

function stepFor(user: CurrentUser, notaId: string, status: NotaStatus, version: number) {
  return { user, notaId, expectedStatus: status, expectedVersion: version, context: TEST_CONTEXT };
}

const ACTIONS: Record<string, Attempt> = {
  aanbieden: async (s, user) => {
    const n = await current(s.nota.id);
    return offerNota(stepFor(user, s.nota.id, n.status, n.version));
  },
  paraferen: async (s, user) => {
    const n = await current(s.nota.id);
    return initialNota(stepFor(user, s.nota.id, n.status, n.version));
  },
  terugsturen: async (s, user, officeId) => {
    const n = await current(s.nota.id);
    return returnNota({ ...stepFor(user, s.nota.id, n.status, n.version), reason: "Niet akkoord met de tekst.", officeId });
  },
  intrekken: async (s, user) => {
    const n = await current(s.nota.id);
    return withdrawNota({ ...stepFor(user, s.nota.id, n.status, n.version), reason: "Niet meer nodig." });
  },
  besluiten: async (s, user, officeId) => {
    const input = await decisionInput(db, s.nota.id, officeId).catch(async () => ({
      officeId,
      expectedVersion: (await current(s.nota.id)).version,
      contentHash: "a".repeat(64),
      points: s.content.decisionPoints.map((p) => ({ decisionPointId: p.id, decision: "AKKOORD" as const, annotation: null })),
      note: null,
    }));
    return decideNota({ user, notaId: s.nota.id, context: TEST_CONTEXT, input: { ...input, officeId } });
  },
  bewerken: async (s, user) => {
    const n = await current(s.nota.id);
    return saveNotaDraft({ user, notaId: s.nota.id, baseVersion: n.version, content: { ...s.content, title: "Gewijzigd" }, context: TEST_CONTEXT });
  },
};

/** The state in which each action would be allowed for the right person. */
const RIGHT_STATE: Record<string, NotaStatus> = {
  aanbieden: "CONCEPT",
  paraferen: "PARAAF",
  terugsturen: "TER_BESLISSING",
  intrekken: "CONCEPT",
  besluiten: "TER_BESLISSING",
  bewerken: "CONCEPT",
};

async function putInState(s: RouteScenario, status: NotaStatus) {
  await db.nota.update({
    where: { id: s.nota.id },
    data: { status, paraafIndex: status === "PARAAF" ? 0 : null, paraafOfficeId: status === "PARAAF" ? s.via[0].id : null, routeRound: 1 },
  });
  if (status === "TER_BESLISSING" || status === "PARAAF") {
    const version = await db.notaVersion.findFirstOrThrow({ where: { notaId: s.nota.id }, orderBy: { number: "desc" } });
    await db.notaVersion.update({ where: { id: version.id }, data: { kind: "EXPLICIT" } });
  }
}

async function expectRefusedAndUnchanged(s: RouteScenario, user: CurrentUser, action: string, officeId: string) {
  const before = await current(s.nota.id);
  const decisionsBefore = await db.officeDecision.count({ where: { notaId: s.nota.id } });
  const refusalsBefore = await db.auditEvent.count({ where: { actorId: user.id, result: "REFUSED" } });
  const outcome = await ACTIONS[action](s, user, officeId).then(
    () => "allowed",
    (error: Error) => error.constructor.name,
  );
  expect(["ForbiddenError", "NotFoundError"], `${action}: ${outcome}`).toContain(outcome);
  expect(await current(s.nota.id), action).toEqual(before);
  expect(await db.officeDecision.count({ where: { notaId: s.nota.id } }), action).toBe(decisionsBefore);
  expect(await db.auditEvent.count({ where: { actorId: user.id, result: "REFUSED" } }), `${action}: refusal audited`).toBe(refusalsBefore + 1);
}

describe("a nota of another office", () => {
  let s: RouteScenario;
  const strangers: Array<[Role, CurrentUser, string]> = [];

  beforeAll(async () => {
    s = await routeScenario(db);
    for (const role of ["OPSTELLER", "PARAAF", "KABINET", "SECRETARIAAT"] as const) {
      const office = await createOffice(db, { kind: role === "KABINET" ? "BEWINDSPERSOON" : "ONDERDEEL" });
      strangers.push([role, asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role }] })), office.id]);
    }
  });

  for (const action of Object.keys(ACTIONS)) {
    it(`refuses ${action} to every role of an unrelated office`, async () => {
      await putInState(s, RIGHT_STATE[action]);
      for (const [, user, officeId] of strangers) await expectRefusedAndUnchanged(s, user, action, officeId);
    });
  }
});

describe("a nota in the wrong state", () => {
  const cases: Array<[action: string, who: (s: RouteScenario) => [CurrentUser, string], states: NotaStatus[]]> = [
    ["aanbieden", (s) => [s.drafter, s.owner.id], ["PARAAF", "TER_BESLISSING", "BESLOTEN", "INGETROKKEN"]],
    ["paraferen", (s) => [s.parafeerders[0], s.via[0].id], ["TER_BESLISSING", "BESLOTEN", "TERUGGESTUURD"]],
    ["terugsturen", (s) => [s.kabinet[0], s.deciding[0].id], ["TERUGGESTUURD", "BESLOTEN", "INGETROKKEN"]],
    ["intrekken", (s) => [s.drafter, s.owner.id], ["BESLOTEN", "INGETROKKEN"]],
    ["besluiten", (s) => [s.kabinet[0], s.deciding[0].id], ["PARAAF", "TERUGGESTUURD", "BESLOTEN"]],
    ["bewerken", (s) => [s.drafter, s.owner.id], ["PARAAF", "TER_BESLISSING", "BESLOTEN", "INGETROKKEN"]],
  ];
  for (const [action, who, states] of cases) {
    it(`refuses ${action} in ${states.join(", ")}`, async () => {
      const s = await routeScenario(db);
      const [user, officeId] = who(s);
      for (const status of states) {
        await putInState(s, status);
        await expectRefusedAndUnchanged(s, user, action, officeId);
      }
    });
  }
});

describe("permission before staleness", () => {
  it("refuses a step to someone who may not take it as forbidden and audited, even on an old view of the nota", async () => {
    const s = await routeScenario(db);
    const stranger = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "KABINET" }] }));
    // The stranger cannot read it at all: not found. A copy holder can read it, but may not offer it.
    const n = await current(s.nota.id);
    await expect(offerNota(stepFor(stranger, s.nota.id, n.status, n.version + 5))).rejects.toBeInstanceOf(NotFoundError);
    await offerNota(stepFor(s.drafter, s.nota.id, "CONCEPT", 1));
    const before = await current(s.nota.id);
    const parafeerder = s.parafeerders[1];
    // A parafeerder (later in the Via chain) claiming an old state for "aanbieden": 403, not 409.
    const refused = await offerNota(stepFor(parafeerder, s.nota.id, "CONCEPT", 1)).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(await current(s.nota.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, actorId: parafeerder.id, result: "REFUSED" } })).toBe(1);
    // The drafter on the same old view is told the nota moved on.
    const stale = await offerNota(stepFor(s.drafter, s.nota.id, "TERUGGESTUURD", 1)).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
  });
});
