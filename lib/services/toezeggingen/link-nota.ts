// Linking a nota to the toezegging it fulfils. The nota takes its Kamer deadline from the
// toezegging: while it is still being drafted the deadline is written into the nota (a new
// version, so an open editor sees the change rather than overwriting it); once it is on the
// route its content is what the offices decide on and stays as it is, and the nota page shows
// the toezegging's date beside its own.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { LostRace } from "@/lib/data/lost-race";
import { recordBumpedVersion } from "@/lib/data/nota-version-bump";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { EDITABLE_STATUSES } from "@/lib/domain/route/status-groups";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "../councils/require-planner";

export async function linkNotaToToezegging(options: { user: CurrentUser; input: { toezeggingId: string; notaReference: string }; context: RequestContext }) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Toezegging", objectId: input.toezeggingId }, context);
  const toezegging = await db.toezegging.findUnique({ where: { id: input.toezeggingId }, select: { id: true, reference: true, dueDate: true } });
  if (!toezegging) throw new NotFoundError("Deze toezegging bestaat niet (meer).");
  const nota = await readableNotaOrRefuse(
    user,
    { reference: input.notaReference },
    { id: true, version: true, status: true, kamerDeadline: true },
    { action: "planning.refused", context },
  );
  const takesDeadline = (EDITABLE_STATUSES as readonly string[]).includes(nota.status) && nota.kamerDeadline?.getTime() !== toezegging.dueDate.getTime();
  try {
    await db.$transaction(async (tx) => {
      await tx.notaToezegging.upsert({
        where: { notaId_toezeggingId: { notaId: nota.id, toezeggingId: toezegging.id } },
        create: { notaId: nota.id, toezeggingId: toezegging.id },
        update: {},
      });
      let version = nota.version;
      if (takesDeadline) {
        const updated = await tx.nota.updateMany({
          where: { id: nota.id, version: nota.version, status: { in: [...EDITABLE_STATUSES] } },
          data: { kamerDeadline: toezegging.dueDate, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new LostRace();
        version = await recordBumpedVersion(tx, nota.id, nota.version, user.id);
      }
      await recordAuditEvent(tx, {
        action: "toezegging.linked",
        actorId: user.id,
        actingOfficeId: officeId,
        objectType: "Toezegging",
        objectId: toezegging.id,
        notaId: nota.id,
        notaVersion: version,
        details: { toezegging: toezegging.reference, nota: input.notaReference, kamerDeadlineTaken: takesDeadline },
        ...context,
      });
    });
  } catch (error) {
    if (error instanceof LostRace) throw new ConflictError("De nota is intussen gewijzigd; probeer het opnieuw.", null);
    throw error;
  }
}

export async function unlinkNotaFromToezegging(options: { user: CurrentUser; input: { toezeggingId: string; notaId: string }; context: RequestContext }) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Toezegging", objectId: input.toezeggingId }, context);
  await db.$transaction(async (tx) => {
    const { count } = await tx.notaToezegging.deleteMany({ where: { notaId: input.notaId, toezeggingId: input.toezeggingId } });
    if (count === 0) throw new NotFoundError("Deze koppeling bestaat niet (meer).");
    await recordAuditEvent(tx, {
      action: "toezegging.unlinked",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "Toezegging",
      objectId: input.toezeggingId,
      notaId: input.notaId,
      ...context,
    });
  });
}
