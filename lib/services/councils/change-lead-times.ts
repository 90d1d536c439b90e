// The lead times back-planning counts with (working days), one setting for the ministry.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { LeadTimes } from "@/lib/domain/planning";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "./require-planner";

export async function changeLeadTimes(options: { user: CurrentUser; input: LeadTimes; context: RequestContext }) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "PlanningSettings", objectId: "1" }, context);
  await db.$transaction(async (tx) => {
    const before = await tx.planningSettings.findUnique({ where: { id: 1 }, select: { mrToKamer: true, onderraadToMr: true, decisionToOnderraad: true } });
    await tx.planningSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAuditEvent(tx, {
      action: "planning.lead_times_changed",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "PlanningSettings",
      objectId: "1",
      details: { before, after: input },
      ...context,
    });
  });
}
