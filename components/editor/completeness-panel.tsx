"use client";

import type { CompletenessIssue } from "@/lib/domain/nota/completeness";
import { fieldId } from "./field-id";
import { revealField } from "./reveal-field";

/** What is still missing before the nota can be offered for decision, with links to the fields. */
export function CompletenessPanel({ issues, showAtFields, onToggle }: { issues: CompletenessIssue[]; showAtFields: boolean; onToggle: () => void }) {
  return (
    <section aria-labelledby="volledigheid-kop" className="border border-grijs-2 bg-white p-3">
      <h2 id="volledigheid-kop" className="font-bold text-rijks">
        {issues.length === 0 ? "Volledig" : `Nog in te vullen (${issues.length})`}
      </h2>
      {issues.length === 0 ? (
        <p className="text-sm">Alles wat nodig is om de nota aan te bieden, is ingevuld.</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-grijs-5">Nodig voordat de nota kan worden aangeboden. Tussentijds opslaan kan altijd.</p>
          <ul className="max-h-80 list-disc space-y-1 overflow-y-auto pl-5 text-sm" tabIndex={0} aria-label="Ontbrekende gegevens">
            {issues.map((issue, index) => (
              <li key={`${issue.field}-${index}`}>
                <a
                  href={`#${fieldId(issue.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    revealField(fieldId(issue.field));
                  }}
                >
                  {issue.message}
                </a>
              </li>
            ))}
          </ul>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={showAtFields} onChange={onToggle} />
            Ook bij de velden tonen
          </label>
        </>
      )}
    </section>
  );
}
