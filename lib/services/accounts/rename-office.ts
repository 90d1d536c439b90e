// A new name for an office that goes on (its code, printed on every nota, stays). An office that
// becomes another one is ended with a successor instead (end-office.ts).
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { RenameOfficeInput } from "@/lib/validation/accounts";
import { beheerOfficeOrRefuse } from "./beheer-access";

export async function renameOffice(options: { user: CurrentUser; input: RenameOfficeInput; context: RequestContext }): Promise<boolean> {
  const { user, input, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "office.renamed", objectType: "Office", objectId: input.officeId, context });
  const office = await db.office.findUnique({ where: { id: input.officeId }, select: { id: true, name: true, active: true } });
  if (!office) throw new NotFoundError("Dit onderdeel bestaat niet.");
  if (!office.active) {
    const message = "Een opgeheven onderdeel houdt de naam waaronder het bestond.";
    throw new InvalidInputError(message, [{ path: "name", message }]);
  }
  if (office.name === input.name) return false;
  return db.$transaction(async (tx) => {
    // The name it had when the form was filled in: a rename that crossed another leaves a true record.
    const renamed = await tx.office.updateMany({ where: { id: office.id, active: true, name: office.name }, data: { name: input.name } });
    if (renamed.count === 0) {
      const message = "Dit onderdeel is intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.";
      throw new InvalidInputError(message, [{ path: "name", message }]);
    }
    await recordAuditEvent(tx, {
      action: "office.renamed",
      actorId: user.id,
      actingOfficeId,
      objectType: "Office",
      objectId: office.id,
      details: { from: office.name, to: input.name },
      ...context,
    });
    return true;
  });
}
