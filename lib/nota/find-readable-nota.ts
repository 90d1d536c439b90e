import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { clientIp } from "@/lib/http/client-ip";
import type { CurrentUser } from "@/lib/domain/permissions";
import { attachmentMetaSelect, notaContentInclude } from "../data/content-rows";
import { readableNotaWhere } from "../data/read-scope";

/**
 * A nota with all its content, if the user may read it; otherwise null ("not found", so that
 * nobody learns which references exist). A refused read of an existing nota is audited.
 */
export async function findReadableNota(user: CurrentUser, reference: string) {
  const nota = await db.nota.findFirst({
    where: { reference, ...readableNotaWhere(user) },
    include: {
      ...notaContentInclude,
      attachments: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: attachmentMetaSelect },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  if (nota) return nota;

  const existing = await db.nota.findUnique({ where: { reference }, select: { id: true, version: true } });
  if (existing) {
    const requestHeaders = await headers();
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        action: "nota.read_refused",
        actorId: user.id,
        objectType: "Nota",
        objectId: existing.id,
        notaId: existing.id,
        notaVersion: existing.version,
        result: "REFUSED",
        ip: clientIp(requestHeaders),
        userAgent: requestHeaders.get("user-agent"),
      }),
    );
  }
  return null;
}

export type ReadableNota = NonNullable<Awaited<ReturnType<typeof findReadableNota>>>;
