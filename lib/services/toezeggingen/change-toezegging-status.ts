// Openstaand, deels voldaan, voldaan: kept by the secretariat (sending the Kamerbrief can set
// voldaan in the same step, lib/services/councils/mark-nota-sent.ts).
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "../councils/require-planner";

export async function changeToezeggingStatus(options: {
  user: CurrentUser;
  input: { toezeggingId: string; status: "OPENSTAAND" | "DEELS_VOLDAAN" | "VOLDAAN" };
  context: RequestContext;
}) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Toezegging", objectId: input.toezeggingId }, context);
  await db.$transaction(async (tx) => {
    const before = await tx.toezegging.findUnique({ where: { id: input.toezeggingId }, select: { status: true, reference: true } });
    if (!before) throw new NotFoundError("Deze toezegging bestaat niet (meer).");
    await tx.toezegging.update({ where: { id: input.toezeggingId }, data: { status: input.status } });
    await recordAuditEvent(tx, {
      action: "toezegging.status_changed",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "Toezegging",
      objectId: input.toezeggingId,
      details: { reference: before.reference, from: before.status, to: input.status },
      ...context,
    });
  });
}
