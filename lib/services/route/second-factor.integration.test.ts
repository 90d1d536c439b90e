// A decision or paraaf is recorded only in a session that passed tweestapsverificatie, whatever
// let the request through: refused in the service, audited, nothing written.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ForbiddenError } from "@/lib/domain/errors";
import { MFA_REQUIRED_FOR_ROUTE_MESSAGE } from "@/lib/domain/mfa";
import { decisionInput, routeScenario, step } from "@/lib/testing/route-scenario";
import { currentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { decideNota } from "./decide-nota";
import { initialNota } from "./initial-nota";
import { offerNota } from "./offer-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const nota = (id: string) => db.nota.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, paraafIndex: true, routeSeq: true } });
const refusals = (notaId: string, action: string) =>
  db.auditEvent.findMany({ where: { notaId, action, result: "REFUSED" }, select: { actorId: true, details: true } });

describe("the second factor on the route", () => {
  it("refuses a paraaf in a session that has not passed it, and records it once it has", async () => {
    const s = await routeScenario(db);
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    const before = await nota(s.nota.id);
    const unverified = await currentUser(db, s.parafeerders[0].id, { mfaVerified: false });

    await expect(initialNota(step(unverified, s.nota.id, "PARAAF", 1))).rejects.toThrow(new ForbiddenError(MFA_REQUIRED_FOR_ROUTE_MESSAGE));
    expect(await nota(s.nota.id)).toEqual(before);
    expect(await db.routeAction.count({ where: { notaId: s.nota.id, kind: "INITIAL" } })).toBe(0);
    expect(await refusals(s.nota.id, "route.initial")).toEqual([{ actorId: unverified.id, details: { reason: MFA_REQUIRED_FOR_ROUTE_MESSAGE } }]);

    const verified = await currentUser(db, s.parafeerders[0].id, { mfaVerified: true });
    await initialNota(step(verified, s.nota.id, "PARAAF", 1));
    expect(await nota(s.nota.id)).toMatchObject({ status: "PARAAF", paraafIndex: 1 });
  });

  it("refuses a kabinet member's decision in a session that has not passed it: nothing written, the refusal audited; verified, it is recorded", async () => {
    const s = await routeScenario(db, { deciding: 2, copies: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    for (const parafeerder of s.parafeerders) await initialNota(step(parafeerder, s.nota.id, "PARAAF", 1));
    const before = await nota(s.nota.id);
    const input = await decisionInput(db, s.nota.id, s.deciding[0].id);
    const unverified = await currentUser(db, s.kabinet[0].id, { mfaVerified: false });
    expect(unverified.memberships).toMatchObject([{ role: "KABINET" }]);

    await expect(decideNota({ user: unverified, notaId: s.nota.id, input, context: TEST_CONTEXT })).rejects.toThrow(
      new ForbiddenError(MFA_REQUIRED_FOR_ROUTE_MESSAGE),
    );
    expect(await nota(s.nota.id)).toEqual(before);
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id } })).toBe(0);
    expect(await db.notification.count({ where: { notaId: s.nota.id, kind: "BESLUIT_VASTGELEGD" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, action: "route.decide", result: "SUCCESS" } })).toBe(0);
    expect(await refusals(s.nota.id, "route.decide")).toEqual([{ actorId: unverified.id, details: { reason: MFA_REQUIRED_FOR_ROUTE_MESSAGE } }]);

    const verified = await currentUser(db, s.kabinet[0].id, { mfaVerified: true });
    expect(await decideNota({ user: verified, notaId: s.nota.id, input, context: TEST_CONTEXT })).toEqual({ status: "recorded", notaStatus: "TER_BESLISSING" });
    expect(await db.officeDecision.count({ where: { notaId: s.nota.id, officeId: s.deciding[0].id } })).toBe(1);
  });
});
