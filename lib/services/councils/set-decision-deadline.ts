// A deciding office's own deadline on one nota, set (or cleared, back to the plan's date) by
// the secretariat.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { parseIsoDate } from "@/lib/domain/dates";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { DECIDED_STATUSES } from "@/lib/domain/route/status-groups";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "./require-planner";

export async function setDecisionDeadline(options: {
  user: CurrentUser;
  input: { notaId: string; officeId: string; date: string | null };
  context: RequestContext;
}) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Nota", objectId: input.notaId }, context);
  const nota = await readableNotaOrRefuse(
    user,
    { id: input.notaId },
    { id: true, version: true, status: true, recipients: { where: { role: "BESLUIT" }, select: { officeId: true } } },
    { action: "planning.refused", context },
  );
  if ((DECIDED_STATUSES as readonly string[]).includes(nota.status) || nota.status === "INGETROKKEN") {
    throw new ConflictError("Over deze nota is al besloten (of hij is ingetrokken): een beslisdeadline heeft geen zin meer.", null);
  }
  if (!nota.recipients.some((r) => r.officeId === input.officeId)) {
    throw new InvalidInputError("Deze bewindspersoon besluit niet over de nota.", [
      { path: "officeId", message: "Deze bewindspersoon besluit niet over de nota." },
    ]);
  }
  await db.$transaction(async (tx) => {
    if (input.date === null) await tx.decisionDeadline.deleteMany({ where: { notaId: nota.id, officeId: input.officeId } });
    else
      await tx.decisionDeadline.upsert({
        where: { notaId_officeId: { notaId: nota.id, officeId: input.officeId } },
        create: { notaId: nota.id, officeId: input.officeId, date: parseIsoDate(input.date) },
        update: { date: parseIsoDate(input.date) },
      });
    await recordAuditEvent(tx, {
      action: "planning.decision_deadline_set",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "Nota",
      objectId: nota.id,
      notaId: nota.id,
      notaVersion: nota.version,
      details: { officeId: input.officeId, date: input.date },
      ...context,
    });
  });
}
