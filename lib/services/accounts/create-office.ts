// A new office or unit, e.g. a minister's office when a cabinet takes office.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { CreateOfficeInput } from "@/lib/validation/accounts";
import { beheerOfficeOrRefuse } from "./beheer-access";

function codeTaken(code: string): InvalidInputError {
  const message = `Er bestaat al een onderdeel met de afkorting ${code}. Kies een andere afkorting.`;
  return new InvalidInputError(message, [{ path: "code", message }]);
}

export async function createOffice(options: { user: CurrentUser; input: CreateOfficeInput; context: RequestContext }) {
  const { user, input, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "office.created", objectType: "Office", objectId: null, context });
  // "MinDEF" and "MINDEF" would be two offices nobody can tell apart in a list.
  const same = await db.office.findFirst({ where: { code: { equals: input.code, mode: "insensitive" } }, select: { code: true } });
  if (same) throw codeTaken(same.code);
  try {
    return await db.$transaction(async (tx) => {
      const office = await tx.office.create({ data: { code: input.code, name: input.name, kind: input.kind }, select: { id: true, code: true } });
      await recordAuditEvent(tx, {
        action: "office.created",
        actorId: user.id,
        actingOfficeId,
        objectType: "Office",
        objectId: office.id,
        details: { code: input.code, name: input.name, kind: input.kind },
        ...context,
      });
      return office;
    });
  } catch (error) {
    // Created by someone else in the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken(input.code);
    throw error;
  }
}
