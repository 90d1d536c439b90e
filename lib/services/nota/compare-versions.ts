// The difference between any two versions of a nota, for those who may read it.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { diffVersions } from "@/lib/data/version-diff";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function compareVersions(options: { user: CurrentUser; notaId: string; from: number; to: number; context: RequestContext }) {
  const nota = await readableNotaOrRefuse(options.user, { id: options.notaId }, { id: true }, { action: "nota.read_refused", context: options.context });
  return diffVersions(db, nota.id, options.from, options.to);
}
