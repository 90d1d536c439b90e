// The facts of a nota's route, read with the nota in one query: status, version, round, the
// Via chain, the deciding and copy offices, and which offices decided on the current version.
import type { RouteContextFacts } from "@/lib/domain/route/route-context";
import type { RouteStatus } from "@/lib/domain/route/state-machine";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ROUTE_FACTS_SELECT = {
  id: true,
  reference: true,
  title: true,
  status: true,
  version: true,
  routeRound: true,
  routeSeq: true,
  paraafIndex: true,
  ownerOfficeId: true,
  plannedDate: true,
  kamerDeadline: true,
  parties: { where: { role: "VIA", officeId: { not: null } }, orderBy: { position: "asc" }, select: { officeId: true, office: { select: { code: true } } } },
  recipients: { orderBy: { position: "asc" }, select: { officeId: true, role: true, office: { select: { code: true } } } },
  officeDecisions: { select: { officeId: true, notaVersion: true } },
} as const satisfies Prisma.NotaSelect;

type RouteFactsRow = Prisma.NotaGetPayload<{ select: typeof ROUTE_FACTS_SELECT }>;

export interface RouteFacts extends RouteContextFacts {
  id: string;
  reference: string;
  title: string;
  status: RouteStatus;
  version: number;
  routeRound: number;
  /** Changes with every route step and decision (the guard of every route write). */
  routeSeq: number;
  plannedDate: Date | null;
  kamerDeadline: Date | null;
  viaOfficeIds: string[];
  decidingOfficeIds: string[];
  copyOfficeIds: string[];
  decidedOfficeIds: string[];
  /** Codes of the offices on the route (Via chain, deciding, copies), for messages. */
  officeCodes: Record<string, string>;
}

export function toRouteFacts(row: RouteFactsRow): RouteFacts {
  const decidingOfficeIds = row.recipients.filter((r) => r.role === "BESLUIT").map((r) => r.officeId);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    version: row.version,
    routeRound: row.routeRound,
    routeSeq: row.routeSeq,
    paraafIndex: row.paraafIndex,
    ownerOfficeId: row.ownerOfficeId,
    plannedDate: row.plannedDate,
    kamerDeadline: row.kamerDeadline,
    viaOfficeIds: row.parties.map((p) => p.officeId as string),
    decidingOfficeIds,
    copyOfficeIds: row.recipients.filter((r) => r.role === "INFORMATIE").map((r) => r.officeId),
    decidedOfficeIds: [
      ...new Set(row.officeDecisions.filter((d) => d.notaVersion === row.version && decidingOfficeIds.includes(d.officeId)).map((d) => d.officeId)),
    ],
    officeCodes: Object.fromEntries([
      ...row.parties.map((p) => [p.officeId as string, p.office?.code ?? ""]),
      ...row.recipients.map((r) => [r.officeId, r.office.code]),
    ]),
  };
}
