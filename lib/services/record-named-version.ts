// "Versie vastleggen": the current state becomes a version of its own, with a name, so that
// later autosaves start a new one.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadSnapshot } from "@/lib/nota/content-rows";
import { readableNotaWhere } from "@/lib/nota/read-scope";
import { recordVersion } from "@/lib/nota/record-version";
import { canEditNota, type CurrentUser } from "@/lib/permissions";
import type { RequestContext } from "@/lib/request-context";

export async function recordNamedVersion(options: {
  user: CurrentUser;
  notaId: string;
  expectedVersion: number;
  label: string;
  context: RequestContext;
}): Promise<{ number: number; created: boolean }> {
  const { user, notaId, expectedVersion, context } = options;
  const label = options.label.trim().slice(0, 200) || null;
  const nota = await db.nota.findFirst({
    where: { id: notaId, ...readableNotaWhere(user) },
    select: { id: true, status: true, ownerOfficeId: true, version: true },
  });
  if (!nota) throw new NotFoundError();
  const permission = canEditNota(user, nota);
  if (!permission.ok) {
    await recordRefusal(db, { action: "nota.edit_refused", actorId: user.id, objectType: "Nota", objectId: nota.id, notaId: nota.id, notaVersion: nota.version, reason: permission.reason, ...context });
    throw new ForbiddenError(permission.reason);
  }
  if (nota.version !== expectedVersion) {
    throw new ConflictError("Er is intussen opgeslagen; leg de versie opnieuw vast.", { currentVersion: nota.version });
  }

  return db.$transaction(async (tx) => {
    // Lock the nota row so that no save slips in between reading the latest version and writing.
    await tx.$queryRaw`SELECT id FROM "Nota" WHERE id = ${nota.id}::uuid AND version = ${expectedVersion} FOR UPDATE`;
    const latest = await tx.notaVersion.findFirst({ where: { notaId: nota.id }, orderBy: { number: "desc" } });
    let number: number;
    let created = false;
    if (latest && latest.revision === nota.version && (latest.kind === "EXPLICIT" || latest.authorId === user.id)) {
      // Nothing changed since the latest version: name that one instead of copying it.
      await tx.notaVersion.update({ where: { id: latest.id }, data: { kind: "EXPLICIT", label: label ?? latest.label } });
      number = latest.number;
    } else {
      ({ number } = await recordVersion(tx, {
        notaId: nota.id,
        revision: nota.version,
        snapshot: await loadSnapshot(tx, nota.id),
        authorId: user.id,
        kind: "EXPLICIT",
        label,
      }));
      created = true;
    }
    await recordAuditEvent(tx, {
      action: "nota.version_recorded",
      actorId: user.id,
      actingOfficeId: nota.ownerOfficeId,
      objectType: "Nota",
      objectId: nota.id,
      notaId: nota.id,
      notaVersion: nota.version,
      details: { versionNumber: number, label },
      ...context,
    });
    return { number, created };
  });
}
