"use client";

// Aan, Van, Via, Kopie aan, Afgestemd met: each a list of entries, an office or unit from the
// data and/or free text (a person, a unit of another ministry), with a personal-data mark.
import { Button, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import type { PartyEntry } from "@/lib/domain/nota/content-schema";
import { PARTY_ROLE_LABELS, PARTY_ROLES } from "@/lib/domain/nota/labels";
import type { SectionProps } from "./editor-types";
import { fieldId } from "./field-id";
import { focusSoon } from "./focus-soon";
import { SortableList } from "./sortable-list";

type Role = (typeof PARTY_ROLES)[number];

const HINTS: Record<Role, string> = {
  AAN: "De bewindspersonen aan wie de nota is gericht.",
  VAN: "Het onderdeel dat de nota opstelt.",
  VIA: "De parafeerders, in de volgorde waarin zij de nota krijgen.",
  KOPIE_AAN: "Krijgen een kopie; beslissen niet.",
  AFGESTEMD_MET: "Onderdelen en ministeries waarmee de tekst is afgestemd.",
};

interface EntryWithId extends PartyEntry {
  id: string;
}

export function PartyEditor({ content, update, issues, offices }: SectionProps) {
  return (
    <div className="space-y-6">
      {PARTY_ROLES.map((role) => (
        <PartyList
          key={role}
          role={role}
          entries={content.parties[role]}
          issues={issues}
          offices={offices}
          onChange={(entries) => update((c) => ({ ...c, parties: { ...c.parties, [role]: entries } }))}
        />
      ))}
    </div>
  );
}

function PartyList({
  role,
  entries,
  issues,
  offices,
  onChange,
}: {
  role: Role;
  entries: PartyEntry[];
  issues: SectionProps["issues"];
  offices: SectionProps["offices"];
  onChange: (entries: PartyEntry[]) => void;
}) {
  const label = PARTY_ROLE_LABELS[role];
  const legendId = `${fieldId(`parties.${role}`)}-legend`;
  // Entries have no ids of their own; their position is their identity while editing.
  const items: EntryWithId[] = entries.map((entry, index) => ({ ...entry, id: `${role}-${index}` }));
  const strip = (list: EntryWithId[]): PartyEntry[] => list.map(({ officeId, text, personalData }) => ({ officeId, text, personalData }));
  const setEntry = (index: number, entry: Partial<PartyEntry>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...entry } : e)));
  const error = issues.get(`parties.${role}`);

  return (
    <fieldset id={fieldId(`parties.${role}`)} tabIndex={-1} aria-describedby={`${legendId}-hint${error ? ` ${legendId}-fout` : ""}`}>
      <legend id={legendId} className="font-bold">
        {label}
      </legend>
      <p id={`${legendId}-hint`} className="mb-2 text-sm text-grijs-5">
        {HINTS[role]}
      </p>
      {error && (
        <p id={`${legendId}-fout`} className="mb-2 font-bold text-rood">
          {error}
        </p>
      )}
      <SortableList
        items={items}
        onChange={(list) => onChange(strip(list))}
        itemName={(_entry, index) => `${label}, regel ${index + 1}`}
        className="space-y-2"
        renderItem={(entry, { controls, index }) => {
          const rowIssue = issues.get(`parties.${role}.${index}`);
          const base = fieldId(`parties.${role}.${index}`);
          return (
            <div className="grid items-end gap-2 border border-grijs-2 p-2 md:grid-cols-[minmax(10rem,1fr)_minmax(10rem,1.4fr)_auto_auto]">
              <div>
                <label htmlFor={`${base}-office`} className="block text-sm font-bold">
                  Onderdeel{" "}
                  <span className="sr-only">
                    ({label}, regel {index + 1})
                  </span>
                </label>
                <select
                  id={`${base}-office`}
                  value={entry.officeId ?? ""}
                  onChange={(e) => setEntry(index, { officeId: e.target.value || null })}
                  className={inputClass}
                >
                  <option value="">— geen onderdeel —</option>
                  <OfficeOptions offices={offices} />
                </select>
              </div>
              <div>
                <label htmlFor={`${base}-text`} className="block text-sm font-bold">
                  Naam of toelichting{" "}
                  <span className="sr-only">
                    ({label}, regel {index + 1})
                  </span>
                </label>
                <input
                  id={`${base}-text`}
                  type="text"
                  value={entry.text ?? ""}
                  maxLength={300}
                  aria-invalid={rowIssue ? true : undefined}
                  aria-describedby={rowIssue ? `${base}-fout` : undefined}
                  onChange={(e) => setEntry(index, { text: e.target.value || null })}
                  className={inputClass}
                />
              </div>
              <label className="flex items-center gap-1.5 pb-1.5 text-sm">
                <input type="checkbox" checked={entry.personalData} onChange={(e) => setEntry(index, { personalData: e.target.checked })} />
                Persoonsgegeven{" "}
                <span className="sr-only">
                  ({label}, regel {index + 1})
                </span>
              </label>
              <div className="pb-0.5">{controls}</div>
              {rowIssue && (
                <p id={`${base}-fout`} className="font-bold text-rood md:col-span-4">
                  {rowIssue}
                </p>
              )}
            </div>
          );
        }}
      />
      <Button
        className="mt-2"
        onClick={() => {
          onChange([...entries, { officeId: null, text: null, personalData: role !== "AAN" }]);
          focusSoon(`${fieldId(`parties.${role}.${entries.length}`)}-office`);
        }}
      >
        + Regel toevoegen<span className="sr-only"> aan {label}</span>
      </Button>
    </fieldset>
  );
}
