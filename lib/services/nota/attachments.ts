// Attached files (bijlagen): added and removed by those who may edit the nota, downloaded by
// those who may read it. Adding or removing one is a change of the nota: it carries the
// version it was based on and produces a new one, like a save.
import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import type { Tx } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import {
  ALLOWED_ATTACHMENT_TYPES,
  ALLOWED_EXTENSIONS,
  cleanFileName,
  extensionOf,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_NOTA,
} from "@/lib/domain/nota/attachment-policy";
import { loadSnapshot } from "@/lib/data/content-rows";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { recordVersion } from "@/lib/data/record-version";
import { canEditNota, draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import { readableNotaOrRefuse } from "../../data/readable-nota";
import { staleDetails } from "../../data/stale-details";
import { EDITABLE_STATUSES } from "@/lib/domain/route/state-machine";
import type { RequestContext } from "@/lib/http/request-context";

/** The type of a file from its content; text files have no magic bytes and are checked as UTF-8. */
export async function detectAttachmentType(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ALLOWED_ATTACHMENT_TYPES[detected.mime]?.includes(extension) ? detected.mime : null;
  if (extension !== "txt" && extension !== "csv") return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? null : extension === "csv" ? "text/csv" : "text/plain";
  } catch {
    return null;
  }
}

/** Refuses (audited) anyone who may not change this nota's files, before any upload is read. */
export async function assertMayEdit(user: CurrentUser, notaId: string, context: RequestContext): Promise<void> {
  await editableNota(user, notaId, context);
}

async function editableNota(user: CurrentUser, notaId: string, context: RequestContext) {
  const nota = await readableNotaOrRefuse(user, notaId, { id: true, status: true, ownerOfficeId: true, version: true }, { action: "nota.edit_refused", context });
  const permission = canEditNota(user, nota);
  if (!permission.ok) {
    await recordRefusal(db, { action: "nota.edit_refused", actorId: user.id, objectType: "Nota", objectId: nota.id, notaId: nota.id, notaVersion: nota.version, reason: permission.reason, ...context });
    throw new ForbiddenError(permission.reason);
  }
  return nota;
}

class StaleBump extends Error {}

/** A refused change of the files on a changed nota: with the nota as it is now, for the editor. */
async function staleFiles(notaId: string): Promise<ConflictError> {
  return new ConflictError("De nota is intussen door iemand anders gewijzigd.", await staleDetails(notaId));
}

/** Moves the nota to the next version, if it is still at the expected one (locking its row). */
async function lockVersion(tx: Tx, notaId: string, baseVersion: number): Promise<void> {
  const updated = await tx.nota.updateMany({
    where: { id: notaId, version: baseVersion, status: { in: [...EDITABLE_STATUSES] } },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) throw new StaleBump();
}

/** Records the snapshot of the version lockVersion moved to. */
async function recordNewVersion(tx: Tx, notaId: string, baseVersion: number, authorId: string): Promise<number> {
  const version = baseVersion + 1;
  await recordVersion(tx, { notaId, revision: version, snapshot: await loadSnapshot(tx, notaId), authorId, kind: "AUTOSAVE" });
  return version;
}

export async function addAttachment(options: {
  user: CurrentUser;
  notaId: string;
  baseVersion: number;
  fileName: string;
  bytes: Uint8Array;
  context: RequestContext;
}) {
  const { user, notaId, baseVersion, bytes, context } = options;
  const nota = await editableNota(user, notaId, context);
  const fileName = cleanFileName(options.fileName);
  if (bytes.byteLength === 0) throw new InvalidInputError("Het bestand is leeg.", [{ path: "bestand", message: "Het bestand is leeg." }]);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    const message = `Het bestand is ${formatFileSize(bytes.byteLength)}; een bijlage mag hoogstens ${formatFileSize(MAX_ATTACHMENT_BYTES)} zijn.`;
    throw new InvalidInputError(message, [{ path: "bestand", message }]);
  }
  const mimeType = await detectAttachmentType(bytes, fileName);
  if (!mimeType) {
    const message = `Dit bestandstype kan niet worden bijgevoegd. Toegestaan: ${ALLOWED_EXTENSIONS.join(", ")}.`;
    throw new InvalidInputError(message, [{ path: "bestand", message }]);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  try {
    return await db.$transaction(async (tx) => {
      // The guarded version update locks the nota row first: counting and adding are then
      // serialised per nota.
      await lockVersion(tx, notaId, baseVersion);
      const count = await tx.notaAttachment.count({ where: { notaId, removedAt: null } });
      if (count >= MAX_ATTACHMENTS_PER_NOTA) {
        const message = `Een nota kan hoogstens ${MAX_ATTACHMENTS_PER_NOTA} bijlagen hebben.`;
        throw new InvalidInputError(message, [{ path: "bestand", message }]);
      }
      const attachment = await tx.notaAttachment.create({
        data: { notaId, fileName, mimeType, size: bytes.byteLength, sha256, data: Buffer.from(bytes), uploadedById: user.id },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
      });
      const version = await recordNewVersion(tx, notaId, baseVersion, user.id);
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
    if (error instanceof StaleBump) throw await staleFiles(notaId);
    throw error;
  }
}

export async function removeAttachment(options: { user: CurrentUser; notaId: string; attachmentId: string; baseVersion: number; context: RequestContext }) {
  const { user, notaId, attachmentId, baseVersion, context } = options;
  const nota = await editableNota(user, notaId, context);
  try {
    return await db.$transaction(async (tx) => {
      await lockVersion(tx, notaId, baseVersion);
      // Kept in the database: earlier versions, and decisions on them, refer to it.
      const removed = await tx.notaAttachment.updateMany({ where: { id: attachmentId, notaId, removedAt: null }, data: { removedAt: new Date() } });
      if (removed.count === 0) throw new NotFoundError("Deze bijlage bestaat niet (meer).");
      const version = await recordNewVersion(tx, notaId, baseVersion, user.id);
      await recordAuditEvent(tx, {
        action: "nota.attachment_removed",
        actorId: user.id,
        actingOfficeId: draftingOfficeFor(user, nota.ownerOfficeId),
        objectType: "NotaAttachment",
        objectId: attachmentId,
        notaId,
        notaVersion: version,
        ...context,
      });
      return { version };
    });
  } catch (error) {
    if (error instanceof StaleBump) throw await staleFiles(notaId);
    throw error;
  }
}

/** A file for download, if the user may read its nota; earlier versions' files included. */
export async function readAttachment(options: { user: CurrentUser; attachmentId: string; context: RequestContext }) {
  const { user, attachmentId, context } = options;
  const attachment = await db.notaAttachment.findFirst({
    where: { id: attachmentId, nota: readableNotaWhere(user) },
    select: { id: true, fileName: true, mimeType: true, size: true, data: true, notaId: true, nota: { select: { version: true } } },
  });
  if (!attachment) throw new NotFoundError("Deze bijlage bestaat niet, of u hebt er geen toegang toe.");
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      action: "nota.attachment_downloaded",
      actorId: user.id,
      objectType: "NotaAttachment",
      objectId: attachment.id,
      notaId: attachment.notaId,
      notaVersion: attachment.nota.version,
      ...context,
    }),
  );
  return attachment;
}
