// One meeting as an exception to its series: moved to another date, cancelled (with the
// reason) or restored; or a meeting added outside the series. A meeting with notas on its
// agenda cannot be cancelled or moved until they are placed elsewhere: nobody's nota
// silently loses its place.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { formatDate, parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "./require-planner";

export async function changeMeeting(options: {
  user: CurrentUser;
  input: { meetingId: string; date: string; cancelled: boolean; note: string | null };
  context: RequestContext;
}): Promise<void> {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Meeting", objectId: input.meetingId }, context);
  try {
    await db.$transaction(async (tx) => {
      // Locked, then the agenda counted: a nota being placed on it now waits for this, and
      // sees the change (schedule-nota.ts locks the same row).
      const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Meeting" WHERE "id" = ${input.meetingId}::uuid FOR UPDATE`;
      if (!row) throw new NotFoundError("Deze vergadering bestaat niet (meer).");
      const meeting = await tx.meeting.findUniqueOrThrow({
        where: { id: input.meetingId },
        select: { id: true, date: true, cancelled: true, note: true, council: { select: { code: true } }, _count: { select: { agenda: true } } },
      });
      const moved = toIsoDate(meeting.date) !== input.date;
      if ((input.cancelled || moved) && meeting._count.agenda > 0) {
        throw new ConflictError(
          `Op de agenda van ${formatDate(meeting.date)} ${meeting._count.agenda === 1 ? "staat een nota" : `staan ${meeting._count.agenda} nota's`}: agendeer die eerst voor een andere vergadering.`,
          null,
        );
      }
      await tx.meeting.update({ where: { id: meeting.id }, data: { date: parseIsoDate(input.date), cancelled: input.cancelled, note: input.note } });
      await recordAuditEvent(tx, {
        action: "planning.meeting_changed",
        actorId: user.id,
        actingOfficeId: officeId,
        objectType: "Meeting",
        objectId: meeting.id,
        details: {
          council: meeting.council.code,
          before: { date: toIsoDate(meeting.date), cancelled: meeting.cancelled, note: meeting.note },
          after: { date: input.date, cancelled: input.cancelled, note: input.note },
        },
        ...context,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("Op die datum vergadert deze raad al.", [{ path: "date", message: "Op die datum vergadert deze raad al." }]);
    }
    throw error;
  }
}

export async function createMeeting(options: { user: CurrentUser; input: { councilId: string; date: string; note: string | null }; context: RequestContext }) {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Council", objectId: input.councilId }, context);
  const council = await db.council.findUnique({ where: { id: input.councilId }, select: { id: true, code: true } });
  if (!council) throw new NotFoundError("Deze raad bestaat niet (meer).");
  try {
    await db.$transaction(async (tx) => {
      const meeting = await tx.meeting.create({ data: { councilId: council.id, date: parseIsoDate(input.date), note: input.note }, select: { id: true } });
      await recordAuditEvent(tx, {
        action: "planning.meeting_created",
        actorId: user.id,
        actingOfficeId: officeId,
        objectType: "Meeting",
        objectId: meeting.id,
        details: { council: council.code, date: input.date, note: input.note },
        ...context,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("Op die datum vergadert deze raad al.", [{ path: "date", message: "Op die datum vergadert deze raad al." }]);
    }
    throw error;
  }
}
