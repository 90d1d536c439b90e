// The nota a change is about, if the user may read it. Otherwise "not found", so that nobody
// learns which notas exist, and on the record as a refused attempt when it does exist.
import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function readableNotaOrRefuse<S extends Prisma.NotaSelect>(
  user: CurrentUser,
  notaId: string,
  select: S,
  refusal: { action: AuditAction; context: RequestContext },
): Promise<Prisma.NotaGetPayload<{ select: S }>> {
  const nota = await db.nota.findFirst({ where: { id: notaId, ...readableNotaWhere(user) }, select });
  if (nota) return nota;
  const existing = await db.nota.findUnique({ where: { id: notaId }, select: { id: true, version: true } });
  if (existing) {
    await recordRefusal(db, {
      action: refusal.action,
      actorId: user.id,
      objectType: "Nota",
      objectId: existing.id,
      notaId: existing.id,
      notaVersion: existing.version,
      reason: "Geen toegang tot deze nota.",
      ...refusal.context,
    });
  }
  throw new NotFoundError("Deze nota bestaat niet, of u hebt er geen toegang toe.");
}
