// "Versie vastleggen": the current state becomes a version of its own, with a name, so that
// later autosaves start a new one.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { loadSnapshot } from "@/lib/data/content-rows";
import { pinVersion } from "@/lib/data/record-version";
import { canEditNota, draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { EDITABLE_STATUSES } from "@/lib/domain/route/state-machine";
import { readableNotaOrRefuse } from "../../data/readable-nota";
import { staleDetails } from "../../data/stale-details";

class LostLock extends Error {}

export async function recordNamedVersion(options: {
  user: CurrentUser;
  notaId: string;
  expectedVersion: number;
  label: string;
  context: RequestContext;
}): Promise<{ number: number; created: boolean }> {
  const { user, notaId, expectedVersion, context } = options;
  const label = options.label.trim().slice(0, 200) || null;
  const nota = await readableNotaOrRefuse(user, notaId, { id: true, status: true, ownerOfficeId: true, version: true }, { action: "nota.edit_refused", context });
  const permission = canEditNota(user, nota);
  if (!permission.ok) {
    await recordRefusal(db, { action: "nota.edit_refused", actorId: user.id, objectType: "Nota", objectId: nota.id, notaId: nota.id, notaVersion: nota.version, reason: permission.reason, ...context });
    throw new ForbiddenError(permission.reason);
  }
  const stale = async () => new ConflictError("De nota is intussen door iemand anders gewijzigd.", await staleDetails(nota.id));
  if (nota.version !== expectedVersion) throw await stale();

  try {
    return await db.$transaction(async (tx) => {
      // Lock the nota row, still at the expected version and editable, so that no save slips
      // in between reading the latest version and writing.
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "Nota"
        WHERE id = ${nota.id}::uuid AND version = ${expectedVersion} AND status::text = ANY(${[...EDITABLE_STATUSES]}::text[])
        FOR UPDATE`;
      if (locked.length === 0) throw new LostLock();
      const { number, created } = await pinVersion(tx, { notaId: nota.id, revision: expectedVersion, label, authorId: user.id, snapshot: () => loadSnapshot(tx, nota.id) });
      await recordAuditEvent(tx, {
        action: "nota.version_recorded",
        actorId: user.id,
        actingOfficeId: draftingOfficeFor(user, nota.ownerOfficeId),
        objectType: "Nota",
        objectId: nota.id,
        notaId: nota.id,
        notaVersion: expectedVersion,
        details: { versionNumber: number, label },
        ...context,
      });
      return { number, created };
    });
  } catch (error) {
    if (error instanceof LostLock) throw await stale();
    throw error;
  }
}
