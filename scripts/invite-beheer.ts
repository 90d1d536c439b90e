// `npm run beheer:uitnodigen -- --email <adres> --naam "<naam>" --onderdeel <code>`: the first
// beheer person of a new installation (there is nobody yet to invite them in the app), or a
// beheer person when nobody who can log in is left. Makes the person if the address is new,
// gives them the BEHEER role in the office with that code, and prints a one-time link (24 h) to
// set a password; the person then sets up tweestapsverificatie at their first login. Audited,
// with the script as the actor. Runs with the react-server condition (package.json), since the
// account-link module is server-only.
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { recordAuditEvent } from "../lib/audit/record";
import { accountLinkUrl, newAccountToken } from "../lib/auth/account-tokens";
import { createPrismaClient } from "../lib/db/create-client";
import { accountLinkExpiry } from "../lib/domain/accounts/account-link";
import { databaseUrlForScripts } from "./database-url";

const root = path.resolve(import.meta.dirname, "..");
nextEnv.loadEnvConfig(root);

const { values } = parseArgs({ options: { email: { type: "string" }, naam: { type: "string" }, onderdeel: { type: "string" } } });
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !values.onderdeel) {
  console.error('Gebruik: npm run beheer:uitnodigen -- --email naam@minbuza.nl --naam "Voornaam Achternaam" --onderdeel BSG');
  process.exit(2);
}

const { url, stop } = await databaseUrlForScripts();
const db = createPrismaClient(url);
try {
  const office = await db.office.findFirst({ where: { code: values.onderdeel, active: true }, select: { id: true, code: true, name: true } });
  if (!office) {
    const codes = (await db.office.findMany({ where: { active: true }, select: { code: true }, orderBy: { code: "asc" } })).map((o) => o.code);
    throw new Error(`Er is geen actief onderdeel met code ${values.onderdeel}. Bestaande codes: ${codes.join(", ") || "(geen)"}.`);
  }
  const context = { userAgent: "npm run beheer:uitnodigen" };
  const link = await db.$transaction(async (tx) => {
    let person = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, active: true, passwordHash: true } });
    if (!person) {
      if (!values.naam?.trim()) throw new Error("Dit adres is nieuw: geef ook --naam.");
      person = await tx.user.create({
        data: { email, name: values.naam.trim(), passwordHash: null },
        select: { id: true, name: true, active: true, passwordHash: true },
      });
      await recordAuditEvent(tx, {
        action: "person.created",
        objectType: "User",
        objectId: person.id,
        details: { email, name: person.name, by: context.userAgent },
      });
    } else if (!person.active) {
      await tx.user.update({ where: { id: person.id }, data: { active: true } });
      await recordAuditEvent(tx, { action: "person.reactivated", objectType: "User", objectId: person.id, details: { by: context.userAgent } });
    }
    const membership = { userId: person.id, officeId: office.id, role: "BEHEER" as const };
    const existing = await tx.membership.findFirst({ where: membership, select: { id: true } });
    if (!existing) {
      await tx.membership.create({ data: membership });
      await recordAuditEvent(tx, {
        action: "membership.added",
        objectType: "User",
        objectId: person.id,
        actingOfficeId: office.id,
        details: { officeId: office.id, role: "BEHEER", by: context.userAgent },
      });
    }
    const now = new Date();
    await tx.accountToken.updateMany({ where: { userId: person.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const { token, tokenHash } = newAccountToken();
    const kind = person.passwordHash ? "PASSWORD_RESET" : "INVITATION";
    const stored = await tx.accountToken.create({
      data: { userId: person.id, kind, tokenHash, expiresAt: accountLinkExpiry(now) },
      select: { id: true, expiresAt: true },
    });
    await recordAuditEvent(tx, {
      action: kind === "INVITATION" ? "account.invitation_issued" : "account.reset_issued",
      objectType: "User",
      objectId: person.id,
      details: { tokenId: stored.id, expiresAt: stored.expiresAt.toISOString(), by: context.userAgent },
    });
    return { url: accountLinkUrl(token), expiresAt: stored.expiresAt, name: person.name, kind };
  });
  console.log(`${link.name} heeft de rol beheer in ${office.code} (${office.name}).`);
  console.log(`${link.kind === "INVITATION" ? "Uitnodiging" : "Herstellink"}, één keer te gebruiken, geldig tot ${link.expiresAt.toISOString()}:`);
  console.log(link.url);
  if (!process.env.NEXTAUTH_URL) console.log("(NEXTAUTH_URL is niet gezet: zet het adres van de app voor dit pad.)");
} catch (error) {
  console.error(`Niet gelukt: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await stop();
}
