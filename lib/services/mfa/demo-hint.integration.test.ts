// The demo's hint on /mfa: only with NOTAROUTE_DEMO=true, only for the documented demo secret,
// and always a code that is still accepted.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { sealMfaSecret } from "@/lib/auth/mfa/secret-box";
import { totpCode, totpStep } from "@/lib/auth/mfa/totp";
import { createPrismaClient } from "@/lib/db/create-client";
import { loadSessionUser } from "@/lib/data/session-user";
import { createOffice, createUser } from "@/lib/testing/factories";
import { TEST_CONTEXT } from "@/lib/testing/users";
import { DEMO_MFA_SECRET } from "@/prisma/seed/demo-accounts";
import { demoMfaHint } from "./demo-hint";
import { verifyMfa } from "./verify-mfa";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const demoFlag = process.env.NOTAROUTE_DEMO;
afterEach(() => {
  if (demoFlag === undefined) delete process.env.NOTAROUTE_DEMO;
  else process.env.NOTAROUTE_DEMO = demoFlag;
});

async function kabinetSession(secret?: string) {
  const office = await createOffice(db, { kind: "BEWINDSPERSOON" });
  const person = await createUser(db, { memberships: [{ officeId: office.id, role: "KABINET" }] });
  if (secret) await db.user.update({ where: { id: person.id }, data: { mfaSecret: sealMfaSecret(secret, person.id) } });
  const session = await db.userSession.create({ data: { userId: person.id, expiresAt: new Date("2100-01-01T00:00:00Z") } });
  return (await loadSessionUser(db, session.id, { activity: false }))!;
}

describe("demoMfaHint", () => {
  it("shows the demo secret's current code, and the next one once that is used", async () => {
    process.env.NOTAROUTE_DEMO = "true";
    const user = await kabinetSession(DEMO_MFA_SECRET);
    const now = new Date("2030-03-01T10:00:10Z");
    const hint = await demoMfaHint(user, now);
    expect(hint).toEqual({ code: totpCode(DEMO_MFA_SECRET, totpStep(now)), validForSeconds: 50 });

    const first = await verifyMfa({ user, input: { method: "app", code: hint!.code }, context: TEST_CONTEXT }, { db, clock: () => now });
    if (!first.ok) throw new Error(first.message);
    const next = await demoMfaHint(user, now);
    expect(next).toEqual({ code: totpCode(DEMO_MFA_SECRET, totpStep(now) + 1), validForSeconds: 80 });
    // The next login of the same person (the first session was replaced by a verified one).
    const second = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + 3_600_000) } });
    expect(
      await verifyMfa({ user: { ...user, sessionId: second.id }, input: { method: "app", code: next!.code }, context: TEST_CONTEXT }, { db, clock: () => now }),
    ).toMatchObject({ ok: true });
    // Both steps of the window used: no code to show until the next step.
    expect(await demoMfaHint(user, now)).toBeNull();
  });

  it("shows nothing outside the demo, nor for any other secret", async () => {
    process.env.NOTAROUTE_DEMO = "false";
    expect(await demoMfaHint(await kabinetSession(DEMO_MFA_SECRET))).toBeNull();
    process.env.NOTAROUTE_DEMO = "true";
    expect(await demoMfaHint(await kabinetSession())).toBeNull();
  });
});
