// The one way a service finds a nota: only if the user may read it. Otherwise "not found", so
// that nobody learns which notas exist, and on the record as a refused attempt when it does.
import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/create-client";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import { readableNotaWhere } from "./read-scope";

export type NotaKey = { id: string } | { reference: string };

export const NOTA_NOT_FOUND = "Deze nota bestaat niet, of u hebt er geen toegang toe.";

export async function readableNotaOrRefuse<S extends Prisma.NotaSelect>(
  user: CurrentUser,
  key: NotaKey,
  select: S,
  refusal: { action: AuditAction; context: RequestContext },
  /** A transaction to read in (one that holds the nota's lock), or the pool. */
  client: Db | Tx = db,
): Promise<Prisma.NotaGetPayload<{ select: S }>> {
  const nota = await client.nota.findFirst({ where: { ...key, ...readableNotaWhere(user) }, select });
  return nota ?? refuseUnreadable(user, key, refusal);
}

/**
 * After a lookup within the read scope found nothing: audits the attempt if the nota exists, and
 * throws "not found" (or `error`, which must say no more than that: a form's field error).
 */
export async function refuseUnreadable(
  user: CurrentUser,
  key: NotaKey,
  refusal: { action: AuditAction; context: RequestContext },
  error: Error = new NotFoundError(NOTA_NOT_FOUND),
): Promise<never> {
  const existing = await db.nota.findFirst({ where: key, select: { id: true, version: true } });
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
  throw error;
}
