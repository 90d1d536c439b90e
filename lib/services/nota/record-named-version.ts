// "Versie vastleggen": the current state becomes a version of its own, with a name, so that
// later autosaves start a new one.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { loadSnapshot } from "@/lib/data/content-rows";
import { LostRace } from "@/lib/data/lost-race";
import { pinVersion } from "@/lib/data/record-version";
import { draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import { EDITABLE_STATUSES } from "@/lib/domain/route/status-groups";
import type { RequestContext } from "@/lib/http/request-context";
import { editableNotaOrRefuse, staleChange } from "./editable-nota";

export async function recordNamedVersion(options: {
  user: CurrentUser;
  notaId: string;
  expectedVersion: number;
  label: string;
  context: RequestContext;
}): Promise<{ number: number; created: boolean }> {
  const { user, notaId, expectedVersion, context } = options;
  const label = options.label.trim().slice(0, 200) || null;
  const nota = await editableNotaOrRefuse(user, notaId, context);
  if (nota.version !== expectedVersion) throw await staleChange(nota.id, user, context);

  try {
    return await db.$transaction(async (tx) => {
      // Lock the nota row, still at the expected version and editable, so that no save slips
      // in between reading the latest version and writing.
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "Nota"
        WHERE id = ${nota.id}::uuid AND version = ${expectedVersion} AND status::text = ANY(${[...EDITABLE_STATUSES]}::text[])
        FOR UPDATE`;
      if (locked.length === 0) throw new LostRace();
      const { number, created } = await pinVersion(tx, {
        notaId: nota.id,
        revision: expectedVersion,
        label,
        authorId: user.id,
        snapshot: () => loadSnapshot(tx, nota.id),
      });
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
    if (error instanceof LostRace) throw await staleChange(nota.id, user, context);
    throw error;
  }
}
