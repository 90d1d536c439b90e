// The facts of a nota's route, read in one query: status, version, round, the Via chain,
// the deciding and copy offices, and which offices decided on the current version.
import type { Tx } from "@/lib/db/create-client";
import type { Db } from "@/lib/db/create-client";

export async function loadRouteFacts(db: Db | Tx, notaId: string) {
  const nota = await db.nota.findUnique({
    where: { id: notaId },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      version: true,
      routeRound: true,
      paraafIndex: true,
      ownerOfficeId: true,
      plannedDate: true,
      kamerDeadline: true,
      parties: { where: { role: "VIA", officeId: { not: null } }, orderBy: { position: "asc" }, select: { officeId: true } },
      recipients: { orderBy: { position: "asc" }, select: { officeId: true, role: true } },
      officeDecisions: { select: { officeId: true, notaVersion: true } },
    },
  });
  if (!nota) return null;
  const decidingOfficeIds = nota.recipients.filter((r) => r.role === "BESLUIT").map((r) => r.officeId);
  return {
    ...nota,
    viaOfficeIds: nota.parties.map((p) => p.officeId as string),
    decidingOfficeIds,
    copyOfficeIds: nota.recipients.filter((r) => r.role === "INFORMATIE").map((r) => r.officeId),
    /** Deciding offices that decided on the current version. */
    decidedOfficeIds: [...new Set(nota.officeDecisions.filter((d) => d.notaVersion === nota.version && decidingOfficeIds.includes(d.officeId)).map((d) => d.officeId))],
  };
}

export type RouteFactsRow = NonNullable<Awaited<ReturnType<typeof loadRouteFacts>>>;
