import type { Metadata } from "next";
import Link from "next/link";
import { DocumentDownloads } from "@/components/nota/document-downloads";
import { NotaActions } from "@/components/nota/nota-actions";
import { NotaDocument } from "@/components/nota/nota-document";
import { PersonnelOverviewView } from "@/components/nota/personnel-overview-view";
import { personnelOverview } from "@/lib/domain/nota/personnel-overview";
import { NotaRoutingSummary } from "@/components/nota/nota-routing-summary";
import { NotaTimeline } from "@/components/route/nota-timeline";
import { RoutePanel } from "@/components/route/route-panel";
import { PlanningPanel } from "@/components/planning/planning-panel";
import { Refusal } from "@/components/ui/refusal";
import { toIsoDate } from "@/lib/domain/dates";
import { DECIDED_STATUSES, isIn } from "@/lib/domain/route/status-groups";
import { loadNotaPlan } from "@/lib/services/planning/load-nota-plan";
import { requireUser } from "@/lib/auth/current-user";
import { loadForPage } from "@/lib/http/page-errors";
import { requestContext } from "@/lib/http/request-context";
import { referenceParam } from "@/lib/http/route-params";
import { loadNota } from "@/lib/services/nota/load-nota";
import { loadTimeline } from "@/lib/services/nota/load-timeline";
import { loadRouteView } from "@/lib/services/route/load-route-view";
import { TimelineQuerySchema } from "@/lib/validation/nota-queries";

export async function generateMetadata({ params }: PageProps<"/notas/[reference]">): Promise<Metadata> {
  return { title: referenceParam((await params).reference) };
}

export default async function NotaPage({ params, searchParams }: PageProps<"/notas/[reference]">) {
  const user = await requireUser();
  const reference = referenceParam((await params).reference);
  const allHistory = TimelineQuerySchema.parse(await searchParams).geschiedenis === "alles";
  const context = await requestContext();
  const page = await loadForPage(async () => {
    const { nota, canEdit } = await loadNota({ user, reference, context });
    const [route, timeline, plan] = await Promise.all([
      loadRouteView({ user, notaId: nota.id, context }),
      loadTimeline({ user, notaId: nota.id, all: allHistory, context }),
      loadNotaPlan(user, nota.id, context),
    ]);
    return { nota, canEdit, route, timeline, plan };
  });
  if (!page.ok) return <Refusal title={reference} message={page.error.message} />;
  const { nota, canEdit, route, timeline, plan } = page.value;

  return (
    <>
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>{nota.reference}</span>
      </nav>
      <NotaActions reference={nota.reference} canEdit={canEdit} />
      <DocumentDownloads notaId={nota.id} decided={isIn(DECIDED_STATUSES, nota.status)} hasAnnex={nota.annexTitle !== null} />
      <NotaRoutingSummary nota={nota} />
      <RoutePanel view={route} reference={nota.reference} />
      <PlanningPanel
        view={plan}
        nota={{ id: nota.id, status: nota.status, version: nota.version, kamerDeadline: nota.kamerDeadline ? toIsoDate(nota.kamerDeadline) : null }}
      />
      <NotaDocument nota={nota} />
      {nota.annexTitle !== null && (
        <PersonnelOverviewView overview={personnelOverview({ categories: nota.annexCategories })} csvHref={`/api/notas/${nota.id}/personeel`} />
      )}
      <NotaTimeline entries={timeline} all={allHistory} href={`/notas/${encodeURIComponent(nota.reference)}`} />
    </>
  );
}
