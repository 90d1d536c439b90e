// Saving the editor's content. The save names the version it was based on; when the nota
// has changed since (someone else saved), it is refused with what is there now, so that the
// editor can show the difference and merge. Nobody overwrites anybody silently.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ContentRowsError, loadSnapshot, notaColumns, replaceContentRows } from "@/lib/data/content-rows";
import { LostRace } from "@/lib/data/lost-race";
import { recordVersion } from "@/lib/data/record-version";
import { writeSearchDocument } from "@/lib/data/search-document";
import { invalidInput, InvalidInputError } from "@/lib/domain/errors";
import { NotaContentSchema } from "@/lib/domain/nota/content-schema";
import { changedUnits } from "@/lib/domain/nota/content-units";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";
import { canDraftFor, canEditNota, draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import { EDITABLE_STATUSES } from "@/lib/domain/route/status-groups";
import type { RequestContext } from "@/lib/http/request-context";
import { editableNotaOrRefuse, refuseEdit, staleChange } from "./editable-nota";
import { refuseNewlyChosenEndedOffices } from "./ended-offices";
export interface SaveResult {
  version: number;
  versionNumber: number;
  savedAt: string;
}

export async function saveNotaDraft(options: {
  user: CurrentUser;
  notaId: string;
  baseVersion: number;
  content: unknown;
  context: RequestContext;
}): Promise<SaveResult> {
  const { user, notaId, baseVersion, context } = options;
  const parsed = NotaContentSchema.safeParse(options.content);
  if (!parsed.success) throw invalidInput(parsed.error.issues, "De nota bevat ongeldige gegevens.");
  const content = parsed.data;

  // Moving the nota to another unit: only to one the user drafts for.
  const nota = await editableNotaOrRefuse(user, notaId, context, (current) =>
    content.ownerOfficeId === current.ownerOfficeId ? { ok: true } : canDraftFor(user, content.ownerOfficeId),
  );
  if (nota.version !== baseVersion) throw await staleChange(nota.id, user, context);
  await refuseNewlyChosenEndedOffices(nota, content);

  try {
    return await db.$transaction(async (tx) => {
      // The expected version and an editable status are part of the update itself: of two
      // saves based on the same version, exactly one succeeds.
      const updated = await tx.nota.updateMany({
        where: { id: nota.id, version: baseVersion, status: { in: [...EDITABLE_STATUSES] } },
        data: { ...notaColumns(content), version: { increment: 1 } },
      });
      if (updated.count === 0) throw new LostRace();
      const previous = await tx.notaVersion.findFirst({ where: { notaId: nota.id }, orderBy: { number: "desc" }, select: { content: true } });
      await replaceContentRows(tx, nota.id, content);
      await writeSearchDocument(tx, nota.id, nota.reference, content);
      const snapshot = await loadSnapshot(tx, nota.id);
      const version = baseVersion + 1;
      const { number } = await recordVersion(tx, { notaId: nota.id, revision: version, snapshot, authorId: user.id, kind: "AUTOSAVE" });
      const changed = previous ? changedUnits(previous.content as unknown as NotaSnapshot, snapshot).map((unit) => unit.key) : [];
      await recordAuditEvent(tx, {
        action: "nota.edited",
        actorId: user.id,
        actingOfficeId: draftingOfficeFor(user, nota.ownerOfficeId),
        objectType: "Nota",
        objectId: nota.id,
        notaId: nota.id,
        notaVersion: version,
        details: { changed, versionNumber: number },
        ...context,
      });
      return { version, versionNumber: number, savedAt: new Date().toISOString() };
    });
  } catch (error) {
    if (error instanceof LostRace) {
      const current = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { status: true } });
      // Lost the race to a route step (offered, withdrawn) rather than to another save.
      const stillEditable = canEditNota(user, { ownerOfficeId: nota.ownerOfficeId, status: current.status });
      if (!stillEditable.ok) return refuseEdit(user, nota, stillEditable.reason, context);
      throw await staleChange(nota.id, user, context);
    }
    if (error instanceof ContentRowsError) throw new InvalidInputError(error.message);
    throw error;
  }
}
