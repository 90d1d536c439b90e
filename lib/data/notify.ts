// In-app notifications for the people a route step concerns, written with the step itself as
// one statement for all recipients. The key makes each one unique per person: the same step
// never notifies twice.
import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface NotifyInput {
  notaId: string;
  kind: NotificationKind;
  message: string;
  key: string;
  /** Active members of these offices with these roles are notified; "anyOffice" for every office. */
  offices: { officeIds: string[] | "anyOffice"; roles: Role[] };
  /** Never notify the person who took the step. */
  exceptUserId?: string;
}

/** The insert as a common table expression `name`; with `when`, only if that expression yields a row. */
export function notifySql(input: NotifyInput, options: { name: string; when?: string }): Prisma.Sql {
  const { officeIds, roles } = input.offices;
  const anyOffice = officeIds === "anyOffice";
  const when = options.when ? Prisma.raw(`AND EXISTS (SELECT 1 FROM "${options.when}")`) : Prisma.empty;
  return Prisma.sql`
    ${Prisma.raw(`"${options.name}"`)} AS (
      INSERT INTO "Notification" ("id", "userId", "notaId", "kind", "message", "key")
      SELECT gen_random_uuid(), m."userId", ${input.notaId}::uuid, ${input.kind}::"NotificationKind", ${input.message}, ${input.key}
      FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
      WHERE (${anyOffice} OR m."officeId" = ANY(${anyOffice ? [] : officeIds}::uuid[])) AND m."role"::text = ANY(${roles}::text[]) AND u."active"
        AND m."userId" IS DISTINCT FROM ${input.exceptUserId ?? null}::uuid ${when}
      GROUP BY m."userId"
      ON CONFLICT ("userId", "key") DO NOTHING
    )`;
}

export async function notify(tx: Pick<Tx, "$executeRaw">, input: NotifyInput): Promise<void> {
  const { officeIds, roles } = input.offices;
  if ((officeIds !== "anyOffice" && officeIds.length === 0) || roles.length === 0) return;
  await tx.$executeRaw`WITH ${notifySql(input, { name: "notified" })} SELECT 1`;
}
