// The first beheer person of a new installation, made from the command line.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { hashAccountToken } from "@/lib/auth/account-tokens";
import { createOffice } from "@/lib/testing/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const root = path.resolve(import.meta.dirname, "..");

async function run(...args: string[]) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/invite-beheer.ts", ...args],
    { cwd: root, env: { ...process.env, NEXTAUTH_URL: "https://notaroute.example" } },
  );
  return stdout;
}

describe("npm run beheer:uitnodigen", () => {
  it("makes the person, gives them beheer in the office, and prints a one-time link; run again, it replaces the link", async () => {
    const office = await createOffice(db);
    const email = `eerste-beheer-${office.code.toLowerCase()}@test.notaroute.nl`;
    const first = await run("--email", email.toUpperCase(), "--naam", "Eerste Beheerder", "--onderdeel", office.code);
    const link = first.match(/https:\/\/notaroute\.example\/wachtwoord-instellen\/([A-Za-z0-9_-]+)/);
    expect(link, first).not.toBeNull();
    const person = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, accountTokens: true } });
    expect(person).toMatchObject({ name: "Eerste Beheerder", passwordHash: null, active: true });
    expect(person.memberships).toMatchObject([{ officeId: office.id, role: "BEHEER" }]);
    expect(person.accountTokens).toMatchObject([{ kind: "INVITATION", tokenHash: hashAccountToken(link![1]), usedAt: null, revokedAt: null }]);
    expect(
      await db.auditEvent.count({ where: { objectId: person.id, action: { in: ["person.created", "membership.added", "account.invitation_issued"] } } }),
    ).toBe(3);

    await run("--email", email, "--onderdeel", office.code);
    const again = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, accountTokens: { orderBy: { createdAt: "asc" } } } });
    expect(again.memberships).toHaveLength(1);
    expect(again.accountTokens.map((t) => t.revokedAt === null)).toEqual([false, true]);
  });

  it("refuses an office code that does not exist, naming the ones that do", async () => {
    await expect(run("--email", "iemand@test.notaroute.nl", "--naam", "Iemand", "--onderdeel", "BESTAAT-NIET")).rejects.toMatchObject({
      stderr: expect.stringContaining("Er is geen actief onderdeel met code BESTAAT-NIET"),
    });
  });
});
