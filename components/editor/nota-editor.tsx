"use client";

// The nota editor: every field of the nota, saved automatically, with the completeness list,
// who else is editing, "Versie vastleggen", and the conflict view when someone saved first.
import Link from "next/link";
import { useMemo, useState } from "react";
import { completenessIssues } from "@/lib/domain/nota/completeness";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";
import type { OfficeOption } from "@/lib/services/nota/load-editor";
import { AnnexEditor } from "./annex-editor";
import { AttachmentsEditor } from "./attachments-editor";
import type { PlanningCalendar } from "@/lib/domain/planning";
import { CompletenessPanel } from "./completeness-panel";
import { PlanningCheck } from "./planning-check";
import { ConflictDialog } from "./conflict-dialog";
import type { SectionProps } from "./editor-types";
import { HeaderEditor } from "./header-editor";
import { PartyEditor } from "./party-editor";
import { RecipientsEditor } from "./recipients-editor";
import { RecordVersionForm } from "./record-version-form";
import { SaveStatus } from "./save-status";
import { AanleidingEditor, DecisionPointsEditor, KernEditor, RemarksEditor, TimelineEditor } from "./text-sections-editor";
import { useDraft } from "./use-draft";
import { usePresence } from "./use-presence";

interface Props {
  nota: { id: string; reference: string; version: number };
  userId: string;
  /** Names the session the local draft belongs to: a draft outlives no session. */
  draftSession: string;
  snapshot: NotaSnapshot;
  offices: OfficeOption[];
  ownerOptions: OfficeOption[];
  planning: { today: string; calendar: PlanningCalendar };
}

const SECTIONS = [
  ["kop", "Kop en referentiegegevens"],
  ["adressering", "Adressering"],
  ["route", "Route"],
  ["aanleiding", "Aanleiding"],
  ["geadviseerd-besluit", "Geadviseerd besluit"],
  ["nb", "Nb.-opmerkingen"],
  ["kern", "Kern"],
  ["tijdlijn", "(Voorgestelde) Tijdlijn"],
  ["bestanden", "Bijgevoegde bestanden"],
  ["bijlage", "Bijlage nationale kaders"],
] as const;

export function NotaEditor({ nota, userId, draftSession, snapshot, offices, ownerOptions, planning }: Props) {
  const { state, saver } = useDraft({ notaId: nota.id, userId, draftSession, initialVersion: nota.version, initialSnapshot: snapshot });
  const [showAtFields, setShowAtFields] = useState(false);
  const others = usePresence(nota.id);
  const content = state.content;
  const completeness = useMemo(() => completenessIssues(content), [content]);

  const issues = useMemo(() => {
    const map = new Map<string, string>();
    if (showAtFields) for (const issue of completeness) if (!map.has(issue.field)) map.set(issue.field, issue.message);
    // Refusals from the server always show at their field.
    for (const issue of state.serverIssues) map.set(issue.path, issue.message);
    return map;
  }, [completeness, showAtFields, state.serverIssues]);

  const sectionProps: SectionProps = { content, update: (change) => saver.update(change), issues, offices };
  const conflict = state.conflict;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_19rem]">
      <div className="min-w-0 space-y-10">
        {others.length > 0 && (
          <p role="status" className="border-l-4 border-geel bg-yellow-50 px-3 py-2">
            <strong>Ook geopend door:</strong> {others.map((o) => o.name).join(", ")}. Wat u allebei opslaat, wordt niet zomaar overschreven: bij een
            gelijktijdige wijziging ziet u de verschillen en kiest u.
          </p>
        )}
        <EditorSection id="kop" title="Kop en referentiegegevens">
          <HeaderEditor {...sectionProps} ownerOptions={ownerOptions} />
        </EditorSection>
        <EditorSection id="adressering" title="Adressering">
          <PartyEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="route" title="Route" intro="Wie besluiten (tegelijk) en wie een kopie ter informatie krijgen.">
          <RecipientsEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="aanleiding" title="Aanleiding" headingId="kop-aanleiding">
          <AanleidingEditor {...sectionProps} />
        </EditorSection>
        <EditorSection
          id="geadviseerd-besluit"
          title="Geadviseerd besluit"
          intro="De besluitpunten waarover de bewindspersonen elk akkoord of niet akkoord geven."
        >
          <DecisionPointsEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="nb" title="Nb.-opmerkingen">
          <RemarksEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="kern" title="Kern">
          <KernEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="tijdlijn" title="(Voorgestelde) Tijdlijn">
          <TimelineEditor {...sectionProps} />
        </EditorSection>
        <EditorSection id="bestanden" title="Bijgevoegde bestanden" intro="Bijvoorbeeld de conceptbrief aan de Kamer.">
          <AttachmentsEditor
            notaId={nota.id}
            attachments={state.attachments}
            run={(change) => saver.runExclusive(change)}
            onStale={(details) => saver.adoptServerState(details)}
          />
        </EditorSection>
        <EditorSection id="bijlage" title="Bijlage nationale kaders">
          <AnnexEditor {...sectionProps} />
        </EditorSection>
      </div>

      <aside aria-label="Opslaan en controle" className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <div className="border border-grijs-2 bg-grijs-1 p-3">
          <SaveStatus state={state} onRetry={() => void saver.saveNow()} />
          {state.notice && (
            <p role="status" className="mt-1 text-sm font-bold text-rijks">
              {state.notice}
            </p>
          )}
          <p className="mt-1 text-sm text-grijs-5">Wijzigingen worden automatisch opgeslagen.</p>
          <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
            <Link href={`/notas/${encodeURIComponent(nota.reference)}`}>Bekijken</Link>
            <Link href={`/notas/${encodeURIComponent(nota.reference)}/versies`}>Versies</Link>
          </p>
        </div>
        <div className="border border-grijs-2 bg-white p-3">
          <RecordVersionForm notaId={nota.id} prepare={() => saver.savedVersion()} onStale={(details) => saver.adoptServerState(details)} />
        </div>
        <CompletenessPanel issues={completeness} showAtFields={showAtFields} onToggle={() => setShowAtFields(!showAtFields)} />
        <PlanningCheck content={content} offices={offices} planning={planning} />
        <nav aria-label="Onderdelen van de nota" className="border border-grijs-2 bg-white p-3 text-sm">
          <ul className="space-y-1">
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#sectie-${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>

      {conflict && <ConflictDialog conflict={conflict} mine={content} offices={offices} onResolve={(resolved) => saver.resolveConflict(resolved)} />}
    </div>
  );
}

function EditorSection({
  id,
  title,
  intro,
  headingId,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  headingId?: string;
  children: React.ReactNode;
}) {
  const heading = headingId ?? `kop-${id}`;
  return (
    <section id={`sectie-${id}`} aria-labelledby={heading} className="scroll-mt-4">
      <h2 id={heading} className="mb-1 border-b-2 border-rijks pb-1 text-xl font-bold text-rijks">
        {title}
      </h2>
      {intro && <p className="mb-3 text-sm text-grijs-5">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
