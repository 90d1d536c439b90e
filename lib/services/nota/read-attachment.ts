// Downloading an attached file, for those who may read its nota (earlier versions' files
// included). Every download is on the record.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function readAttachment(options: { user: CurrentUser; attachmentId: string; context: RequestContext }) {
  const { user, attachmentId, context } = options;
  const attachment = await db.notaAttachment.findFirst({
    where: { id: attachmentId, nota: readableNotaWhere(user) },
    select: { id: true, fileName: true, mimeType: true, size: true, data: true, notaId: true, nota: { select: { version: true } } },
  });
  if (!attachment) {
    const existing = await db.notaAttachment.findUnique({
      where: { id: attachmentId },
      select: { id: true, notaId: true, nota: { select: { version: true } } },
    });
    if (existing) {
      await recordRefusal(db, {
        action: "nota.read_refused",
        actorId: user.id,
        objectType: "NotaAttachment",
        objectId: existing.id,
        notaId: existing.notaId,
        notaVersion: existing.nota.version,
        reason: "Geen toegang tot de nota van deze bijlage.",
        ...context,
      });
    }
    throw new NotFoundError("Deze bijlage bestaat niet, of u hebt er geen toegang toe.");
  }
  await recordAuditEvent(db, {
    action: "nota.attachment_downloaded",
    actorId: user.id,
    objectType: "NotaAttachment",
    objectId: attachment.id,
    notaId: attachment.notaId,
    notaVersion: attachment.nota.version,
    ...context,
  });
  return attachment;
}
