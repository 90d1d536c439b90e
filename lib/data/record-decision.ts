// Records one office's decision as a single statement (in a transaction of its own, or in the
// caller's that holds the nota's lock): the nota's guarded update (it holds only
// while the nota lies before the offices on the version, in the route state, that the decision
// was taken on), the decision with its points, the status the state machine chose, the audit
// event and the notifications. Either all of it happens or, when the nota moved meanwhile,
// none of it: then the caller looks again. One round trip, no transaction held open while the
// application thinks.
import { auditEventSql, type AuditInput } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/create-client";
import type { DecisionValue } from "@/lib/domain/enums";
import type { RouteStatus } from "@/lib/domain/route/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifySql, type NotifyInput } from "./notify";

export interface DecisionRecord {
  decisionId: string;
  notaId: string;
  officeId: string;
  round: number;
  notaVersion: number;
  contentHash: string;
  decidedById: string;
  delegationId: string | null;
  note: string | null;
  points: ReadonlyArray<{ decisionPointId: string; decision: DecisionValue; annotation: string | null }>;
  /** The route state the decision was decided on; the write holds only if it is still current. */
  seenRouteSeq: number;
  /** The nota's status afterwards, as the state machine said. */
  toStatus: RouteStatus;
  audit: AuditInput;
  notifications: readonly NotifyInput[];
}

/** Returns false when the nota changed since `seenRouteSeq` (nothing was written). */
export async function recordDecision(db: Db | Tx, record: DecisionRecord): Promise<boolean> {
  const notifications = record.notifications.map((input, index) => notifySql(input, { name: `notified_${index}`, when: "guard" }));
  const [row] = await db.$queryRaw<Array<{ held: bigint }>>`
    WITH guard AS (
      UPDATE "Nota" SET "routeSeq" = "routeSeq" + 1, "status" = ${record.toStatus}::"NotaStatus", "updatedAt" = now(),
        "statusChangedAt" = CASE WHEN "status" = ${record.toStatus}::"NotaStatus" THEN "statusChangedAt" ELSE now() END
      WHERE "id" = ${record.notaId}::uuid AND "status" = 'TER_BESLISSING' AND "version" = ${record.notaVersion} AND "routeSeq" = ${record.seenRouteSeq}
      RETURNING "id"
    ), decision AS (
      INSERT INTO "OfficeDecision" ("id", "notaId", "officeId", "round", "notaVersion", "contentHash", "decidedById", "delegationId", "note")
      SELECT ${record.decisionId}::uuid, guard."id", ${record.officeId}::uuid, ${record.round}, ${record.notaVersion}, ${record.contentHash},
             ${record.decidedById}::uuid, ${record.delegationId}::uuid, ${record.note}
      FROM guard
      RETURNING "id", "decidedAt"
    ), points AS (
      INSERT INTO "Approval" ("id", "officeDecisionId", "notaId", "officeId", "decisionPointId", "decision", "annotation", "notaVersion", "contentHash", "decidedById", "decidedAt")
      SELECT gen_random_uuid(), decision."id", ${record.notaId}::uuid, ${record.officeId}::uuid, p."pointId", p."decision"::"DecisionValue", p."annotation",
             ${record.notaVersion}, ${record.contentHash}, ${record.decidedById}::uuid, decision."decidedAt"
      FROM decision, unnest(${record.points.map((p) => p.decisionPointId)}::uuid[], ${record.points.map((p) => p.decision)}::text[],
                            ${record.points.map((p) => p.annotation)}::text[]) AS p("pointId", "decision", "annotation")
    ), ${auditEventSql(record.audit, { name: "audited", when: "guard" })}
    ${notifications.length ? Prisma.sql`, ${Prisma.join(notifications, ", ")}` : Prisma.empty}
    SELECT count(*) AS "held" FROM guard`;
  return Number(row.held) === 1;
}
