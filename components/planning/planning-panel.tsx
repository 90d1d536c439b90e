// A nota's planning: the plan back from the Kamer deadline, its places on the councils'
// agendas, every office's decision deadline, its toezeggingen and what does not fit. The
// secretariat plans from here; which forms it gets follows from the route's state machine.
import Link from "next/link";
import { formatDate } from "@/lib/domain/dates";
import { AGENDA_ITEM_LABELS, MR_OUTCOME_LABELS, TOEZEGGING_STATUS_LABELS } from "@/lib/domain/planning/labels";
import { routeActionsFor, type RouteStatus } from "@/lib/domain/route/state-machine";
import type { NotaPlanView, Placement } from "@/lib/services/planning/load-nota-plan";
import { DecisionDeadlineForm } from "./decision-deadline-form";
import { MarkSentForm } from "./mark-sent-form";
import { PlanWarningsList } from "./plan-warnings-list";
import { ScheduleForm } from "./schedule-form";

interface Props {
  view: NotaPlanView;
  nota: { id: string; status: RouteStatus; version: number; kamerDeadline: string | null };
}

function PlacementText({ placement, suggestion }: { placement: Placement | null; suggestion: { date: string } | null }) {
  if (placement) {
    return (
      <>
        <Link href={`/vergaderingen/${placement.meetingId}`}>
          {placement.councilCode} {formatDate(placement.date)}
        </Link>
        , {AGENDA_ITEM_LABELS[placement.kind].toLowerCase()}
      </>
    );
  }
  return suggestion ? <>Nog niet geagendeerd; volgens planning {formatDate(suggestion.date)}</> : <>Nog niet geagendeerd</>;
}

export function PlanningPanel({ view, nota }: Props) {
  const steps = view.canPlan ? routeActionsFor(nota.status, ["secretariaat"]) : [];
  const undecided = view.deciding.filter((d) => !d.decided);
  return (
    <section aria-labelledby="planning" className="mb-8 border border-grijs-2 p-4">
      <h2 id="planning" className="mb-3 text-xl font-bold text-rijks">
        Planning
      </h2>
      <PlanWarningsList warnings={view.warnings} />
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">Kamerdeadline</dt>
        <dd>{nota.kamerDeadline ? formatDate(nota.kamerDeadline) : "Geen"}</dd>
        {view.plan && (
          <>
            <dt className="font-bold">Uiterlijk verzenden</dt>
            <dd>{formatDate(view.plan.sendBy)}</dd>
          </>
        )}
        <dt className="font-bold">Onderraad</dt>
        <dd>
          <PlacementText placement={view.onderraad} suggestion={view.plan?.onderraad ?? null} />
        </dd>
        <dt className="font-bold">Ministerraad</dt>
        <dd>
          <PlacementText placement={view.mr} suggestion={view.plan?.mr ?? null} />
        </dd>
        {view.deciding.length > 0 && (
          <>
            <dt className="font-bold">Besluiten uiterlijk</dt>
            <dd>
              <ul>
                {view.deciding.map((d) => (
                  <li key={d.officeId}>
                    {d.officeCode}: {d.date ? formatDate(d.date) : "geen datum"}
                    {d.date && !d.explicit ? " (volgens planning)" : ""}
                    {d.decided ? ", besloten" : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {view.toezeggingen.length > 0 && (
          <>
            <dt className="font-bold">Toezeggingen</dt>
            <dd>
              <ul>
                {view.toezeggingen.map((t) => (
                  <li key={t.id}>
                    <Link href={`/toezeggingen#${t.reference}`}>{t.reference}</Link>: {t.text} (uiterlijk {formatDate(t.dueDate)},{" "}
                    {TOEZEGGING_STATUS_LABELS[t.status].toLowerCase()})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {view.mrOutcome && (
          <>
            <dt className="font-bold">Uitkomst ministerraad</dt>
            <dd>
              {MR_OUTCOME_LABELS[view.mrOutcome]}
              {view.mrOutcomeNote ? `: ${view.mrOutcomeNote}` : ""}
            </dd>
          </>
        )}
        {view.kamerbriefSentOn && (
          <>
            <dt className="font-bold">Kamerbrief verzonden</dt>
            <dd>{formatDate(view.kamerbriefSentOn)}</dd>
          </>
        )}
      </dl>

      {steps.includes("SCHEDULE_ONDERRAAD") && (
        <div className="mt-6">
          <h3 className="mb-2 text-lg font-bold">{view.onderraad ? "Naar een andere onderraad" : "Agenderen voor de onderraad"}</h3>
          <ScheduleForm
            notaId={nota.id}
            expectedStatus={nota.status}
            expectedVersion={nota.version}
            councilLabel="Onderraad"
            meetings={view.upcoming.onderraad}
            suggestedMeetingId={view.plan?.onderraad?.id ?? null}
            currentMeetingId={view.onderraad?.meetingId ?? null}
            kamerDeadline={nota.kamerDeadline}
          />
        </div>
      )}
      {steps.includes("SCHEDULE_MR") && (
        <div className="mt-6">
          <h3 className="mb-2 text-lg font-bold">{view.mr ? "Naar een andere ministerraad" : "Agenderen voor de ministerraad"}</h3>
          <ScheduleForm
            notaId={nota.id}
            expectedStatus={nota.status}
            expectedVersion={nota.version}
            councilLabel="Ministerraad"
            meetings={view.upcoming.mr.filter((m) => !view.onderraad || m.date > view.onderraad.date)}
            suggestedMeetingId={view.plan?.mr?.id ?? null}
            currentMeetingId={view.mr?.meetingId ?? null}
            kamerDeadline={nota.kamerDeadline}
          />
        </div>
      )}
      {steps.includes("MARK_SENT") && (
        <div className="mt-6">
          <h3 className="mb-2 text-lg font-bold">Na de ministerraad: uitkomst en verzending</h3>
          <MarkSentForm
            notaId={nota.id}
            expectedStatus={nota.status}
            expectedVersion={nota.version}
            toezeggingen={view.toezeggingen.filter((t) => t.status !== "VOLDAAN")}
          />
        </div>
      )}
      {view.canPlan && undecided.length > 0 && ["CONCEPT", "PARAAF", "TER_BESLISSING", "TERUGGESTUURD"].includes(nota.status) && (
        <div className="mt-6">
          <h3 className="mb-2 text-lg font-bold">Beslisdeadline aanpassen</h3>
          <DecisionDeadlineForm notaId={nota.id} offices={undecided} />
        </div>
      )}
    </section>
  );
}
