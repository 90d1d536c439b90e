// Toezeggingen: commitments a minister made to the Kamer. The secretariat records them, keeps
// their status, and links the notas that fulfil them.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/domain/dates";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { requirePlanner } from "../councils/require-planner";

export interface ToezeggingInput {
  text: string;
  madeOn: string;
  debate: string;
  ministerOfficeId: string;
  dueDate: string;
}

export async function recordToezegging(options: { user: CurrentUser; input: ToezeggingInput; context: RequestContext }): Promise<{ reference: string }> {
  const { user, input, context } = options;
  const officeId = await requirePlanner(user, { objectType: "Toezegging", objectId: null }, context);
  const minister = await db.office.findFirst({ where: { id: input.ministerOfficeId, kind: "BEWINDSPERSOON", active: true }, select: { id: true } });
  if (!minister) throw new InvalidInputError("Kies een bewindspersoon.", [{ path: "ministerOfficeId", message: "Kies een bewindspersoon." }]);
  if (input.dueDate < input.madeOn) {
    throw new InvalidInputError("De uiterste datum ligt vóór de dag van de toezegging.", [
      { path: "dueDate", message: "De uiterste datum ligt vóór de dag van de toezegging." },
    ]);
  }
  return db.$transaction(async (tx) => {
    // TZ-<year>-<number in that year>: the number the Kamer and the ministry refer to.
    const year = input.madeOn.slice(0, 4);
    const [{ next }] = await tx.$queryRaw<Array<{ next: number }>>`
      SELECT COALESCE(max(split_part("reference", '-', 3)::int), 0) + 1 AS "next" FROM "Toezegging" WHERE "reference" LIKE ${`TZ-${year}-%`}`;
    const reference = `TZ-${year}-${String(next).padStart(3, "0")}`;
    const toezegging = await tx.toezegging.create({
      data: {
        reference,
        text: input.text,
        madeOn: parseIsoDate(input.madeOn),
        debate: input.debate,
        ministerOfficeId: minister.id,
        dueDate: parseIsoDate(input.dueDate),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      action: "toezegging.created",
      actorId: user.id,
      actingOfficeId: officeId,
      objectType: "Toezegging",
      objectId: toezegging.id,
      details: { reference, ...input },
      ...context,
    });
    return { reference };
  });
}
