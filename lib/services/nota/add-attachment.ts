// Adding an attached file (bijlage): by those who may edit the nota, checked by content and
// size, stored in PostgreSQL; a new version of the nota, like a save.
import "server-only";
import { createHash } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { LostRace } from "@/lib/data/lost-race";
import { bumpNotaVersion, recordBumpedVersion } from "@/lib/data/nota-version-bump";
import { InvalidInputError } from "@/lib/domain/errors";
import { ALLOWED_EXTENSIONS, cleanFileName, formatFileSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_NOTA } from "@/lib/domain/nota/attachment-policy";
import { detectAttachmentType } from "@/lib/domain/nota/attachment-type";
import { draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { editableNotaOrRefuse, staleChange } from "./editable-nota";

export async function addAttachment(options: {
  user: CurrentUser;
  notaId: string;
  baseVersion: number;
  fileName: string;
  bytes: Uint8Array;
  context: RequestContext;
}) {
  const { user, notaId, baseVersion, bytes, context } = options;
  const nota = await editableNotaOrRefuse(user, notaId, context);
  const fileName = cleanFileName(options.fileName);
  const invalid = (message: string) => new InvalidInputError(message, [{ path: "bestand", message }]);
  if (bytes.byteLength === 0) throw invalid("Het bestand is leeg.");
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw invalid(`Het bestand is ${formatFileSize(bytes.byteLength)}; een bijlage mag hoogstens ${formatFileSize(MAX_ATTACHMENT_BYTES)} zijn.`);
  }
  const mimeType = await detectAttachmentType(bytes, fileName);
  if (!mimeType) throw invalid(`Dit bestandstype kan niet worden bijgevoegd. Toegestaan: ${ALLOWED_EXTENSIONS.join(", ")}.`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  try {
    return await db.$transaction(async (tx) => {
      // The guarded version update locks the nota row first: counting and adding are then
      // serialised per nota.
      await bumpNotaVersion(tx, notaId, baseVersion);
      const count = await tx.notaAttachment.count({ where: { notaId, removedAt: null } });
      if (count >= MAX_ATTACHMENTS_PER_NOTA) throw invalid(`Een nota kan hoogstens ${MAX_ATTACHMENTS_PER_NOTA} bijlagen hebben.`);
      const attachment = await tx.notaAttachment.create({
        data: { notaId, fileName, mimeType, size: bytes.byteLength, sha256, data: Buffer.from(bytes), uploadedById: user.id },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
      });
      const version = await recordBumpedVersion(tx, notaId, baseVersion, user.id);
      await recordAuditEvent(tx, {
        action: "nota.attachment_added",
        actorId: user.id,
        actingOfficeId: draftingOfficeFor(user, nota.ownerOfficeId),
        objectType: "NotaAttachment",
        objectId: attachment.id,
        notaId,
        notaVersion: version,
        details: { fileName, size: bytes.byteLength, sha256 },
        ...context,
      });
      return { attachment, version };
    });
  } catch (error) {
    if (error instanceof LostRace) throw await staleChange(notaId, user, context);
    throw error;
  }
}

/** Refuses (audited) anyone who may not change this nota's files, before any upload is read. */
export async function assertMayAddAttachment(user: CurrentUser, notaId: string, context: RequestContext): Promise<void> {
  await editableNotaOrRefuse(user, notaId, context);
}
