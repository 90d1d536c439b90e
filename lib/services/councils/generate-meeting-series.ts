// "Reeks aanmaken": a council's weekly meetings between two dates. Dates that already exist
// are left as they are (an exception made by hand stays); a date on a public holiday or in the
// Kamer's recess is created cancelled, with the reason, for the secretariat to move or keep.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import { recessOn, weeklySeries } from "@/lib/domain/planning";
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
  const recesses = (await db.kamerRecess.findMany({ where: { endDate: { gte: parseIsoDate(input.from) }, startDate: { lte: parseIsoDate(input.to) } } })).map(
    (r) => ({ name: r.name, start: r.startDate.toISOString().slice(0, 10), end: r.endDate.toISOString().slice(0, 10) }),
  );
  const dates = weeklySeries({ from: input.from, to: input.to, weekday: input.weekday }).map((entry) => {
    // The ministerraad does not meet in the Kamer's summer recess as a rule; other recesses
    // are shorter and it often does. Only the summer recess cancels a date by default.
    const recess = recessOn(entry.date, recesses);
    const summer = recess && /zomer/i.test(recess.name) ? recess : null;
    const reason = entry.holiday ?? (summer ? summer.name : null);
    return { councilId: council.id, date: parseIsoDate(entry.date), cancelled: reason !== null, note: reason };
  });

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
