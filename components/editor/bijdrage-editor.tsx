"use client";

// One bijdrage of the annex: a summary line, and every field of the model when opened.
import { useEffect, useState } from "react";
import { Button, inputClass } from "@/components/ui/form";
import type { BijdrageContent } from "@/lib/domain/nota/content-schema";
import { FRAMEWORK_LABELS } from "@/lib/domain/nota/labels";
import { formatPersonnel } from "@/lib/domain/nota/personnel";
import { fieldId } from "./field-id";
import { PersonnelInput } from "./personnel-input";
import { REVEAL_EVENT } from "./reveal-field";

const FLAGS = [
  ["verkenning", "Verkenning", "Wordt nog verkend; nog niet besloten."],
  ["uitbreiding", "Uitbreiding", null],
  ["modulair", "Modulair", null],
  ["article100", "Artikel 100", "Valt onder het Toetsingskader artikel 100 (gewapende inzet)."],
] as const;

interface Props {
  bijdrage: BijdrageContent;
  index: number;
  controls: React.ReactNode;
  issues: ReadonlyMap<string, string>;
  elsewhere: string[] | undefined;
  initiallyOpen: boolean;
  onChange: (bijdrage: BijdrageContent) => void;
}

export function BijdrageEditor({ bijdrage, index, controls, issues, elsewhere, initiallyOpen, onChange }: Props) {
  const hasIssue = issues.has(`bijdrage.${bijdrage.id}.name`) || issues.has(`bijdrage.${bijdrage.id}.acronym`);
  const [open, setOpen] = useState(initiallyOpen || hasIssue);
  const set = <K extends keyof BijdrageContent>(key: K, value: BijdrageContent[K]) => onChange({ ...bijdrage, [key]: value });
  const id = (key: string) => fieldId(`bijdrage.${bijdrage.id}.${key}`);
  const title = `${bijdrage.name || "Bijdrage zonder naam"}${bijdrage.acronym ? ` (${bijdrage.acronym})` : ""}`;
  const before = formatPersonnel({ count: bijdrage.personnelBefore, circa: bijdrage.personnelBeforeCirca });
  const after = formatPersonnel({ count: bijdrage.personnelAfter, circa: bijdrage.personnelAfterCirca });
  const panelId = `${id("velden")}`;
  const fieldPrefix = fieldId(`bijdrage.${bijdrage.id}`);

  useEffect(() => {
    const open = (event: Event) => {
      if ((event as CustomEvent<string>).detail.startsWith(fieldPrefix)) setOpen(true);
    };
    window.addEventListener(REVEAL_EVENT, open);
    return () => window.removeEventListener(REVEAL_EVENT, open);
  }, [fieldPrefix]);

  return (
    <div role="group" aria-label={`Bijdrage ${index + 1}`} className={`border bg-white p-2 ${hasIssue ? "border-2 border-rood" : "border-grijs-2"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} className="flex-1 text-left">
          <span aria-hidden="true" className="mr-1 inline-block w-4">
            {open ? "▾" : "▸"}
          </span>
          <span className="font-bold">
            {index + 1}. {title}
          </span>
          <span className="ml-2 text-sm text-grijs-5">
            {bijdrage.location && `[${bijdrage.location}] `}
            {before || after ? `${before ?? "–"} → ${after ?? "–"}` : ""}
          </span>
        </button>
        {controls}
      </div>
      {/* A closed bijdrage renders only its summary: a long annex then starts light. */}
      {open && (
        <div id={panelId} className="mt-3 grid gap-3 md:grid-cols-2">
          <TextField
            id={id("name")}
            label="Naam van de missie of bijdrage"
            value={bijdrage.name}
            max={400}
            issue={issues.get(`bijdrage.${bijdrage.id}.name`)}
            onChange={(v) => set("name", v)}
            className="md:col-span-2"
          />
          <TextField
            id={id("acronym")}
            label="Afkorting"
            value={bijdrage.acronym ?? ""}
            max={60}
            issue={issues.get(`bijdrage.${bijdrage.id}.acronym`)}
            hint={elsewhere?.length ? `Komt ook voor bij: ${elsewhere.join("; ")}.` : undefined}
            onChange={(v) => set("acronym", v || null)}
          />
          <div>
            <label htmlFor={id("framework")} className="mb-1 block text-sm font-bold">
              Kader (organisatie)
            </label>
            <select
              id={id("framework")}
              value={bijdrage.framework ?? ""}
              onChange={(e) => set("framework", (e.target.value || null) as BijdrageContent["framework"])}
              className={inputClass}
            >
              <option value="">— niet genoemd —</option>
              {Object.entries(FRAMEWORK_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={id("location")}
            label="Locatie"
            hint="Zoals tussen [ ] in de tekst, bijvoorbeeld Kosovo."
            value={bijdrage.location ?? ""}
            max={120}
            onChange={(v) => set("location", v || null)}
          />
          <TextField
            id={id("contribution")}
            label="Inzet (wat wordt bijgedragen)"
            hint="Bijvoorbeeld: stafofficieren, een schip, een compagnie."
            value={bijdrage.contribution ?? ""}
            max={400}
            onChange={(v) => set("contribution", v || null)}
          />
          <PersonnelInput
            id={id("personnelBefore")}
            label="Personeel vóór"
            count={bijdrage.personnelBefore}
            circa={bijdrage.personnelBeforeCirca}
            onChange={(count, circa) => onChange({ ...bijdrage, personnelBefore: count, personnelBeforeCirca: count === null ? false : circa })}
          />
          <PersonnelInput
            id={id("personnelAfter")}
            label="Personeel na"
            count={bijdrage.personnelAfter}
            circa={bijdrage.personnelAfterCirca}
            onChange={(count, circa) => onChange({ ...bijdrage, personnelAfter: count, personnelAfterCirca: count === null ? false : circa })}
          />
          <div className="md:col-span-2">
            <label htmlFor={id("remark")} className="mb-1 block text-sm font-bold">
              Toelichting
            </label>
            <textarea
              id={id("remark")}
              value={bijdrage.remark ?? ""}
              maxLength={2000}
              rows={2}
              onChange={(e) => set("remark", e.target.value || null)}
              className={inputClass}
            />
          </div>
          <fieldset className="md:col-span-2">
            <legend className="mb-1 text-sm font-bold">Kenmerken</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {FLAGS.map(([key, label, hint]) => (
                <label key={key} className="flex items-center gap-1.5">
                  <input type="checkbox" checked={bijdrage[key]} onChange={(e) => set(key, e.target.checked)} />
                  {label}
                  {hint && <span className="sr-only"> ({hint})</span>}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="md:col-span-2">
            <Button variant="quiet" aria-label={`${title} inklappen`} onClick={() => setOpen(false)}>
              Inklappen
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  issue?: string;
  hint?: string;
  className?: string;
}) {
  const described = [props.hint ? `${props.id}-hint` : null, props.issue ? `${props.id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className="mb-1 block text-sm font-bold">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="mb-1 text-sm text-grijs-5">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.max}
        aria-invalid={props.issue ? true : undefined}
        aria-describedby={described}
        onChange={(e) => props.onChange(e.target.value)}
        className={inputClass}
      />
      {props.issue && (
        <p id={`${props.id}-fout`} className="mt-1 text-sm font-bold text-rood">
          {props.issue}
        </p>
      )}
    </div>
  );
}
