"use client";

// The planning checked while the drafter types: the Kamer deadline against the councils'
// calendar and the Kamer's recesses, the Plandatum, and the "(Voorgestelde) Tijdlijn" against
// both. The same function as on the nota page and the dashboard (lib/domain/planning).
import { useMemo } from "react";
import { PlanWarningsList } from "@/components/planning/plan-warnings-list";
import { formatDate, isIsoDate } from "@/lib/domain/dates";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { notaPlan, type PlanningCalendar } from "@/lib/domain/planning";

interface Props {
  content: NotaContent;
  offices: Array<{ id: string; code: string }>;
  planning: { today: string; calendar: PlanningCalendar };
}

export function PlanningCheck({ content, offices, planning }: Props) {
  const result = useMemo(() => {
    const codes = new Map(offices.map((o) => [o.id, o.code]));
    // While a date is being typed it is not yet a date: it is left out until it is one.
    const date = (value: string | null) => (value !== null && isIsoDate(value) ? value : null);
    return notaPlan({
      today: planning.today,
      status: "CONCEPT",
      kamerDeadline: date(content.kamerDeadline),
      plannedDate: date(content.plannedDate),
      onderraad: null,
      mr: null,
      deciding: content.recipients.besluit.map((id) => ({ officeCode: codes.get(id) ?? "?", decided: false, deadline: null })),
      timeline: content.timeline.filter((entry) => isIsoDate(entry.date)),
      calendar: planning.calendar,
    });
  }, [content.kamerDeadline, content.plannedDate, content.recipients.besluit, content.timeline, offices, planning]);

  return (
    <section aria-labelledby="planning-check" className="border border-grijs-2 bg-white p-3 text-sm">
      <h2 id="planning-check" className="mb-2 font-bold">
        Planning
      </h2>
      {result.plan ? (
        <p className="mb-2">
          Volgens planning: {result.plan.onderraad ? `onderraad ${formatDate(result.plan.onderraad.date)}, ` : ""}
          {result.plan.mr ? `ministerraad ${formatDate(result.plan.mr.date)}` : "geen ministerraad op tijd"}
          {result.plan.decideBy ? `; besluiten uiterlijk ${formatDate(result.plan.decideBy)}` : ""}.
        </p>
      ) : (
        <p className="mb-2 text-grijs-5">Vul de Kamerdeadline in om terug te plannen.</p>
      )}
      <div aria-live="polite">
        <PlanWarningsList warnings={result.warnings} headingLevel={3} />
        {result.warnings.length === 0 && result.plan && <p className="text-groen">De data in de nota passen bij elkaar.</p>}
      </div>
    </section>
  );
}
