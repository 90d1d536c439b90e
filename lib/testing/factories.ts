// Test data with unique names, so that tests never depend on each other or on a reset.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { NotaStatus, OfficeKind, Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { sealMfaSecret } from "@/lib/auth/mfa/secret-box";
import { requiresMfa } from "@/lib/domain/mfa";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { insertNota } from "@/lib/data/insert-nota";
import { bullets, doc, paragraph } from "@/lib/domain/rich-text/build";

export function unique(prefix = ""): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

export async function createOffice(db: Db, input: { code?: string; name?: string; kind?: OfficeKind } = {}) {
  const code = input.code ?? unique("O");
  return db.office.create({
    data: { code, name: input.name ?? `Onderdeel ${code}`, kind: input.kind ?? "ONDERDEEL" },
  });
}

export const TEST_PASSWORD = "Test-wachtwoord-123";
let testPasswordHash: Promise<string> | undefined;

/** The TOTP secret (base32) of test users enrolled in tweestapsverificatie; e2e's loginAs computes their codes from it. */
export const TEST_MFA_SECRET = "NOTAROUTETESTGEBRUIKERMFASECRETA";

/**
 * A person with a password (TEST_PASSWORD). One whose roles need tweestapsverificatie is enrolled
 * with TEST_MFA_SECRET (sealed under NEXTAUTH_SECRET, as the server reads it) unless `mfa` is false;
 * `mfa: true` enrols anyone.
 */
export async function createUser(
  db: Db,
  input: { memberships?: Array<{ officeId: string; role: Role }>; name?: string; email?: string; active?: boolean; mfa?: boolean } = {},
) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const email = input.email ?? `${unique("gebruiker-")}@test.notaroute.nl`;
  const id = randomUUID();
  const enrolled = input.mfa ?? requiresMfa({ memberships: input.memberships ?? [] });
  return db.user.create({
    data: {
      id,
      email,
      name: input.name ?? `Test ${email.split("@")[0]}`,
      passwordHash: await testPasswordHash,
      active: input.active ?? true,
      ...(enrolled ? { mfaSecret: sealMfaSecret(TEST_MFA_SECRET, id), mfaEnabledAt: new Date() } : {}),
      memberships: { create: input.memberships ?? [] },
    },
    include: { memberships: { include: { office: true } } },
  });
}

/** A small but complete nota; override any field. */
export function notaContent(ownerOfficeId: string, overrides: Partial<NotaContent> = {}): NotaContent {
  return {
    marking: "TER_BESLISSING",
    classification: "ONGERUBRICEERD",
    title: `Testnota ${unique()}`,
    date: "2025-02-13",
    drafterName: "Test Opsteller",
    plannedDate: null,
    kamerDeadline: "2025-03-31",
    ownerOfficeId,
    parties: { AAN: [], VAN: [{ officeId: ownerOfficeId, text: null, personalData: false }], VIA: [], KOPIE_AAN: [], AFGESTEMD_MET: [] },
    recipients: { besluit: [], informatie: [] },
    aanleiding: doc(bullets("Een aanleiding.")),
    decisionPoints: [{ id: randomUUID(), text: doc(paragraph("Akkoord gaan met het voorstel.")) }],
    remarks: [],
    kern: [{ id: randomUUID(), title: "Kern", body: doc(paragraph("De kern.")) }],
    timeline: [],
    annex: null,
    ...overrides,
  };
}

export async function createNota(db: Db, input: { content: NotaContent; reference?: string; status?: NotaStatus; createdById?: string }) {
  const reference = input.reference ?? unique("T").toUpperCase();
  const { id } = await db.$transaction((tx) => insertNota(tx, { reference, content: input.content, createdById: input.createdById ?? null }));
  if (input.status && input.status !== "CONCEPT") await db.nota.update({ where: { id }, data: { status: input.status } });
  return { id, reference };
}
