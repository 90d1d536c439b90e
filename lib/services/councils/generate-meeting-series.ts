// "Reeks aanmaken": a council's weekly meetings between two dates. Dates that already exist
// are left as they are (an exception made by hand stays); a date on a public holiday is created
// cancelled, with the holiday's name, for the secretariat to move or keep. The councils' own
// summer pause (about mid-July to mid-August) is not the Kamer's recess and differs per year:
// the secretariat generates the series around it, or cancels those weeks.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import { weeklySeries } from "@/lib/domain/planning";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "./require-planner";

export interface SeriesInput {
  councilId: string;
  from: string;
  to: string;
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
}

export async function generateMeetingSeries(options: {
  user: CurrentUser;
  input: SeriesInput;
  context: RequestContext;
}): Promise<{ created: number; cancelled: number }> {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Council", objectId: input.councilId }, context);
  const council = await db.council.findUnique({ where: { id: input.councilId }, select: { id: true, code: true } });
  if (!council) throw new NotFoundError("Deze raad bestaat niet (meer).");
  const dates = weeklySeries({ from: input.from, to: input.to, weekday: input.weekday }).map((entry) => ({
    councilId: council.id,
    date: parseIsoDate(entry.date),
    cancelled: entry.holiday !== null,
    note: entry.holiday,
  }));

  return db.$transaction(async (tx) => {
    const { count } = await tx.meeting.createMany({ data: dates, skipDuplicates: true });
    await recordAuditEvent(tx, {
      action: "planning.meetings_generated",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "Council",
      objectId: council.id,
      details: { council: council.code, ...input, proposed: dates.length, created: count },
      ...context,
    });
    return { created: count, cancelled: dates.filter((d) => d.cancelled).length };
  });
}
