"use client";

// Shown when a save was refused because someone else saved first: what they changed, what
// this user changed, and a choice per field where both changed the same thing.
import { useEffect, useMemo, useRef, useState } from "react";
import { DiffView } from "@/components/nota/diff-view";
import { Button } from "@/components/ui/form";
import { formatMoment } from "@/lib/domain/dates";
import { diffSnapshots } from "@/lib/domain/nota/diff/snapshot-diff";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { analyseMerge, mergeContent, type Choice } from "@/lib/domain/nota/merge";
import type { OfficeOption } from "@/lib/services/nota/load-editor";
import { contentOf, type Conflict } from "./draft-saver";

export function ConflictDialog({
  conflict,
  mine,
  offices,
  onResolve,
}: {
  conflict: Conflict;
  mine: NotaContent;
  offices: OfficeOption[];
  onResolve: (content: NotaContent) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const theirs = contentOf(conflict.theirs);
  const names = useMemo(() => new Map(offices.map((o) => [o.id, o])), [offices]);
  const analysis = analyseMerge(conflict.base, mine, theirs);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const who = conflict.savedBy ?? "Iemand anders";
  const snapshot = (content: NotaContent) => ({ ...content, attachments: [] });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="conflict-kop"
      onCancel={(event) => event.preventDefault()}
      className="m-auto max-h-[90vh] w-[min(60rem,95vw)] overflow-y-auto border-4 border-rood bg-white p-0 backdrop:bg-black/50"
    >
      <div className="p-5">
        <h2 id="conflict-kop" className="text-2xl font-bold text-rood">
          De nota is intussen gewijzigd
        </h2>
        <p className="mt-1">
          {who} heeft de nota opgeslagen{conflict.savedAt ? ` op ${formatMoment(new Date(conflict.savedAt))}` : ""}, nadat u begon. Uw wijzigingen zijn niet
          verloren en nog niet opgeslagen. Kies hoe u verder wilt.
        </p>

        <section aria-labelledby="hun-wijzigingen" className="mt-5">
          <h3 id="hun-wijzigingen" className="mb-2 text-lg font-bold">
            Wat {who} heeft gewijzigd
          </h3>
          <DiffView changes={diffSnapshots(snapshot(conflict.base), snapshot(theirs), names)} headingLevel={4} />
        </section>
        <section aria-labelledby="mijn-wijzigingen" className="mt-5">
          <h3 id="mijn-wijzigingen" className="mb-2 text-lg font-bold">
            Wat u heeft gewijzigd
          </h3>
          <DiffView changes={diffSnapshots(snapshot(conflict.base), snapshot(mine), names)} headingLevel={4} />
        </section>

        {analysis.conflicts.length > 0 && (
          <fieldset className="mt-5 border-2 border-rood p-3">
            <legend className="px-1 text-lg font-bold">Beide gewijzigd: kies per veld</legend>
            <ul className="space-y-2">
              {analysis.conflicts.map((unit) => (
                <li key={unit.key} className="flex flex-wrap items-center gap-x-6">
                  <span className="w-48 font-bold">{unit.label}</span>
                  {(["theirs", "mine"] as const).map((choice) => (
                    <label key={choice} className="flex items-center gap-1.5">
                      <input
                        type="radio"
                        name={`keuze-${unit.key}`}
                        checked={(choices[unit.key] ?? "theirs") === choice}
                        onChange={() => setChoices({ ...choices, [unit.key]: choice })}
                      />
                      {choice === "theirs" ? `Versie van ${who}` : "Mijn versie"}
                      <span className="sr-only"> ({unit.label})</span>
                    </label>
                  ))}
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <p className="mt-4 text-sm text-grijs-5">
          Samenvoegen neemt de wijzigingen van {who} over, houdt de uwe waar alleen u iets wijzigde
          {analysis.conflicts.length > 0 ? ", en volgt uw keuze waar u allebei hetzelfde veld wijzigde" : ""}.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => onResolve(mergeContent(conflict.base, mine, theirs, choices))}>
            Samenvoegen en opslaan
          </Button>
          <Button onClick={() => onResolve(theirs)}>Versie van {who} overnemen (mijn wijzigingen vervallen)</Button>
          <Button variant="danger" onClick={() => onResolve(mine)}>
            Mijn versie behouden (wijzigingen van {who} vervallen)
          </Button>
        </div>
      </div>
    </dialog>
  );
}
