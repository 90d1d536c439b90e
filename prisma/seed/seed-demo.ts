// The demo data: offices, demo accounts and the example nota. Written only into an empty
// database (the embedded default, or production with SEED_DEMO=true on purpose), under an
// advisory lock so that two instances starting together seed once.
import type { Db } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/auth/password";
import { sealMfaSecret } from "@/lib/auth/mfa/secret-box";
import { requiresMfa } from "@/lib/domain/mfa";
import { insertNota } from "@/lib/data/insert-nota";
import { DEMO_ACCOUNTS, DEMO_MFA_SECRET, DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_OFFICES, type DemoOfficeCode } from "./demo-offices";
import { seedDemoLife } from "./demo-life";
import { EXAMPLE_REFERENCE, exampleNotaContent } from "./example-nota";

const SEED_LOCK = 7_301_954_211;

/**
 * Returns true when it seeded, false when the database already had data. The demo accounts that
 * need tweestapsverificatie are enrolled with DEMO_MFA_SECRET, sealed under `authSecret`: the
 * NEXTAUTH_SECRET the server will run with. Without one they are left to enrol at first login.
 */
export async function seedDemoData(db: Db, options: { authSecret?: string } = {}): Promise<boolean> {
  const authSecret = options.authSecret ?? process.env.NEXTAUTH_SECRET;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
      if ((await tx.office.count()) > 0) return false;

      const offices = await tx.office.createManyAndReturn({ data: [...DEMO_OFFICES], select: { id: true, code: true } });
      const officeId = Object.fromEntries(offices.map((o) => [o.code, o.id])) as Record<DemoOfficeCode, string>;

      const users = await tx.user.createManyAndReturn({
        data: DEMO_ACCOUNTS.map((account, index) => ({ email: account.email, name: account.name, passwordHash: hashes[index] })),
        select: { id: true, email: true },
      });
      const userId = Object.fromEntries(users.map((u) => [u.email, u.id]));
      if (authSecret) {
        for (const account of DEMO_ACCOUNTS.filter((a) => requiresMfa(a))) {
          const id = userId[account.email];
          await tx.user.update({ where: { id }, data: { mfaSecret: sealMfaSecret(DEMO_MFA_SECRET, id, authSecret), mfaEnabledAt: new Date() } });
        }
      }
      await tx.membership.createMany({
        data: DEMO_ACCOUNTS.flatMap((account) =>
          account.memberships.map((m) => ({ userId: userId[account.email], officeId: officeId[m.office], role: m.role })),
        ),
      });

      await insertNota(tx, {
        reference: EXAMPLE_REFERENCE,
        content: exampleNotaContent(officeId),
        createdById: userId["opsteller@demo.notaroute.nl"],
        actingOfficeId: officeId.DVB,
      });
      await seedDemoLife(tx, officeId, userId);
      return true;
    },
    { timeout: 60_000 },
  );
}
