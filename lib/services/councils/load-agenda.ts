// One meeting's agenda: hamerstukken and bespreekstukken, with each nota's reference, title,
// drafting unit and Kamer deadline. A person sees the agenda items of the notas they may read.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { toIsoDate } from "@/lib/domain/dates";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";

export async function loadAgenda(user: CurrentUser, meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      date: true,
      cancelled: true,
      note: true,
      council: { select: { code: true, name: true, kind: true } },
      agenda: {
        where: { nota: readableNotaWhere(user) },
        orderBy: [{ kind: "asc" }, { nota: { reference: "asc" } }],
        select: {
          kind: true,
          nota: {
            select: {
              reference: true,
              title: true,
              status: true,
              kamerDeadline: true,
              classification: true,
              ownerOffice: { select: { code: true } },
              recipients: { where: { role: "BESLUIT" }, orderBy: { position: "asc" }, select: { office: { select: { code: true } } } },
            },
          },
        },
      },
    },
  });
  if (!meeting) throw new NotFoundError("Deze vergadering bestaat niet (meer).");
  return {
    id: meeting.id,
    date: toIsoDate(meeting.date),
    cancelled: meeting.cancelled,
    note: meeting.note,
    council: meeting.council,
    items: meeting.agenda.map((item) => ({
      kind: item.kind,
      reference: item.nota.reference,
      title: item.nota.title,
      status: item.nota.status,
      classification: item.nota.classification,
      kamerDeadline: item.nota.kamerDeadline ? toIsoDate(item.nota.kamerDeadline) : null,
      owner: item.nota.ownerOffice.code,
      deciding: item.nota.recipients.map((r) => r.office.code),
    })),
  };
}
