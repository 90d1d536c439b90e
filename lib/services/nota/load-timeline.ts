// A nota's history as a timeline, from its audit events: who, for which office, what, when,
// on which version. Routine autosaves and downloads are left out unless asked for; refusals are
// shown to beheer only.
import "server-only";
import { auditEventLabel } from "@/lib/audit/actions";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

const ROUTINE = ["nota.edited", "nota.attachment_downloaded", "nota.exported", "nota.edit_conflict"];

export async function loadTimeline(options: { user: CurrentUser; notaId: string; all: boolean; context: RequestContext }) {
  const { user, all } = options;
  const { id: notaId } = await readableNotaOrRefuse(user, { id: options.notaId }, { id: true }, { action: "nota.read_refused", context: options.context });
  const hidden = all ? [] : ROUTINE;
  // Refusals (who was refused access or a step, and why) are for beheer to see, not for everyone
  // who may read the nota.
  const refusalsShown = hasRoleAnywhere(user, ["BEHEER"]);
  // The newest 500, shown oldest first.
  const events = (
    await db.auditEvent.findMany({
      where: { notaId, ...(hidden.length ? { action: { notIn: hidden } } : {}), ...(refusalsShown ? {} : { result: "SUCCESS" }) },
      orderBy: { id: "desc" },
      take: 500,
    })
  ).reverse();
  const userIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const officeIds = [...new Set(events.map((e) => e.actingOfficeId).filter((id): id is string => id !== null))];
  const [users, offices, versions] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.office.findMany({ where: { id: { in: officeIds } }, select: { id: true, code: true } }),
    db.notaVersion.findMany({ where: { notaId }, orderBy: { number: "asc" }, select: { number: true, revision: true } }),
  ]);
  // Events name the revision; people know the numbered versions of the history, each of which
  // holds the last revision of a run of autosaves.
  const versionNumber = (revision: number | null) =>
    revision === null ? null : (versions.find((v) => v.revision >= revision)?.number ?? versions.at(-1)?.number ?? null);
  return events.map((event) => {
    const details = (event.details ?? {}) as Record<string, unknown>;
    return {
      id: event.id.toString(),
      at: event.occurredAt,
      label: auditEventLabel(event),
      refused: event.result === "REFUSED",
      actor: users.find((u) => u.id === event.actorId)?.name ?? "Systeem",
      office: offices.find((o) => o.id === event.actingOfficeId)?.code ?? null,
      version: versionNumber(event.notaVersion),
      reason: typeof details.reason === "string" ? details.reason : null,
      delegated: typeof details.delegationId === "string",
    };
  });
}

export type TimelineEntry = Awaited<ReturnType<typeof loadTimeline>>[number];
