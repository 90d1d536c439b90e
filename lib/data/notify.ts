// In-app notifications for the people a route step concerns, written in the step's own
// transaction as one statement for all recipients. The key makes each one unique per person:
// the same step never notifies twice.
import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/domain/enums";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface NotifyInput {
  notaId: string;
  kind: NotificationKind;
  message: string;
  key: string;
  /** Active members of these offices with these roles are notified; `anyOffice` for every office. */
  offices: { officeIds: string[] | "anyOffice"; roles: Role[] };
  /** Never notify the person who took the step. */
  exceptUserId?: string;
}

export async function notify(tx: Pick<Tx, "$executeRaw">, input: NotifyInput): Promise<void> {
  const { officeIds, roles } = input.offices;
  if ((officeIds !== "anyOffice" && officeIds.length === 0) || roles.length === 0) return;
  const anyOffice = officeIds === "anyOffice";
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "notaId", "kind", "message", "key")
    SELECT gen_random_uuid(), m."userId", ${input.notaId}::uuid, ${input.kind}::"NotificationKind", ${input.message}, ${input.key}
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE (${anyOffice} OR m."officeId" = ANY(${anyOffice ? [] : officeIds}::uuid[])) AND m."role"::text = ANY(${roles}::text[]) AND u."active"
      AND m."userId" IS DISTINCT FROM ${input.exceptUserId ?? null}::uuid
    GROUP BY m."userId"
    ON CONFLICT ("userId", "key") DO NOTHING`;
}
