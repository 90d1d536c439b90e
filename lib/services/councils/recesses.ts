// The Kamer's recesses: added and removed by the secretariat as the Kamer publishes them.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "./require-planner";

export async function addRecess(options: { user: CurrentUser; input: { name: string; start: string; end: string }; context: RequestContext }) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "KamerRecess", objectId: null }, context);
  await db.$transaction(async (tx) => {
    const recess = await tx.kamerRecess.create({ data: { name: input.name, startDate: parseIsoDate(input.start), endDate: parseIsoDate(input.end) } });
    await recordAuditEvent(tx, {
      action: "planning.recess_created",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "KamerRecess",
      objectId: recess.id,
      details: input,
      ...context,
    });
  });
}

export async function removeRecess(options: { user: CurrentUser; recessId: string; context: RequestContext }) {
  const { user, recessId, context } = options;
  const officeId = await requirePlanner(user, { objectType: "KamerRecess", objectId: recessId }, context);
  await db.$transaction(async (tx) => {
    const recess = await tx.kamerRecess.findUnique({ where: { id: recessId } });
    if (!recess) throw new NotFoundError("Dit reces bestaat niet (meer).");
    await tx.kamerRecess.delete({ where: { id: recessId } });
    await recordAuditEvent(tx, {
      action: "planning.recess_removed",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "KamerRecess",
      objectId: recessId,
      details: { name: recess.name, start: toIsoDate(recess.startDate), end: toIsoDate(recess.endDate) },
      ...context,
    });
  });
}
