// A new nota: empty, from a template, or as a copy of a nota the user may read.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/config/env";
import { notaContentInclude, toNotaContent } from "@/lib/data/content-rows";
import { insertNota } from "@/lib/data/insert-nota";
import { nextReference } from "@/lib/data/next-reference";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { refuseUnreadable } from "@/lib/data/readable-nota";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { contentFromTemplate, copyContent, NOTA_TEMPLATES } from "@/lib/domain/nota/templates";
import { canDraftFor, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { CreateNotaInput } from "@/lib/validation/create-nota";

export async function createNota(options: { user: CurrentUser; input: CreateNotaInput; context: RequestContext }) {
  const { user, input, context } = options;
  const permission = canDraftFor(user, input.ownerOfficeId);
  if (!permission.ok) {
    await recordRefusal(db, {
      action: "nota.create_refused",
      actorId: user.id,
      objectType: "Office",
      objectId: input.ownerOfficeId,
      reason: permission.reason,
      ...context,
    });
    throw new ForbiddenError(permission.reason);
  }
  if (!(await db.office.count({ where: { id: input.ownerOfficeId, active: true } }))) {
    const message = "Dit onderdeel is opgeheven; kies een onderdeel dat nog bestaat.";
    throw new InvalidInputError(message, [{ path: "ownerOfficeId", message }]);
  }
  const base = { ownerOfficeId: input.ownerOfficeId, date: todayInAmsterdam(), drafterName: user.name };

  let content;
  let versionLabel;
  if (input.start.kind === "copy") {
    const source = await db.nota.findFirst({ where: { reference: input.start.sourceReference, ...readableNotaWhere(user) }, include: notaContentInclude });
    if (!source) {
      // Asking for a nota one may not read is on the record; the form hears only what it would
      // for a mistyped reference.
      const message = "De nota om te kopiëren bestaat niet, of u hebt er geen toegang toe.";
      const error = new InvalidInputError(message, [{ path: "sourceReference", message }]);
      return refuseUnreadable(user, { reference: input.start.sourceReference }, { action: "nota.read_refused", context }, error);
    }
    content = copyContent(toNotaContent(source), base);
    if (input.title) content.title = input.title;
    versionLabel = `Aangemaakt als kopie van ${source.reference}`;
  } else {
    content = contentFromTemplate(input.start.template, { ...base, title: input.title });
    versionLabel = `Aangemaakt uit sjabloon "${NOTA_TEMPLATES[input.start.template].label}"`;
  }

  return db.$transaction(async (tx) => {
    const reference = await nextReference(tx, getEnv().NOTA_REFERENCE_PREFIX);
    const { id } = await insertNota(tx, { reference, content, createdById: user.id, actingOfficeId: input.ownerOfficeId, versionLabel });
    return { id, reference };
  });
}
