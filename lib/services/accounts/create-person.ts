// A new person: name, e-mail address (lower-cased, one account per address), optionally their
// first membership, and an invitation link to set their own password. There is no password until
// they do (User.passwordHash is null), so nobody, beheer included, ever knows it.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { CreatePersonInput } from "@/lib/validation/accounts";
import { beheerOfficeOrRefuse } from "./beheer-access";
import { insertAccountLink, type IssuedLink } from "./issue-account-link";

const EMAIL_TAKEN = "Er bestaat al een account met dit e-mailadres. Zoek de persoon op in de lijst.";
const emailTaken = () => new InvalidInputError("De persoon is niet aangemaakt.", [{ path: "email", message: EMAIL_TAKEN }]);

export async function createPerson(options: {
  user: CurrentUser;
  input: CreatePersonInput;
  context: RequestContext;
}): Promise<{ personId: string; link: IssuedLink }> {
  const { user, input, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "person.created", objectType: "User", objectId: null, context });
  const email = input.email.toLowerCase();
  if (await db.user.count({ where: { email } })) throw emailTaken();
  const membership = input.officeId && input.role ? { officeId: input.officeId, role: input.role } : null;
  if (membership && !(await db.office.count({ where: { id: membership.officeId, active: true } }))) {
    const message = "Dit onderdeel bestaat niet meer; kies een ander.";
    throw new InvalidInputError("De persoon is niet aangemaakt.", [{ path: "officeId", message }]);
  }
  try {
    return await db.$transaction(async (tx) => {
      const person = await tx.user.create({
        data: { name: input.name, email, passwordHash: null, memberships: membership ? { create: [membership] } : undefined },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        action: "person.created",
        actorId: user.id,
        actingOfficeId,
        objectType: "User",
        objectId: person.id,
        details: { name: input.name, email, memberships: membership ? [membership] : [] },
        ...context,
      });
      const link = await insertAccountLink(tx, { personId: person.id, kind: "INVITATION", actor: user, actingOfficeId, context });
      return { personId: person.id, link };
    });
  } catch (error) {
    // Another beheer member created the same address in the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
