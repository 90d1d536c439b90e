"use client";

import { Field, inputClass } from "@/components/ui/form";
import { OfficeOptions } from "@/components/ui/office-options";
import { CLASSIFICATION_LABELS, FIELD_LABELS, MARKING_LABELS } from "@/lib/domain/nota/labels";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { DateInput } from "./date-input";
import type { SectionProps } from "./editor-types";
import { fieldId } from "./field-id";

/** Markering, rubricering, titel and the reference column: Datum, Opgesteld door, deadlines. */
export function HeaderEditor({ content, update, issues, ownerOptions }: SectionProps & { ownerOptions: SectionProps["offices"] }) {
  const set = <K extends keyof NotaContent>(key: K, value: NotaContent[K]) => update((c) => ({ ...c, [key]: value }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={fieldId("marking")} label={FIELD_LABELS.marking}>
        <select value={content.marking} onChange={(e) => set("marking", e.target.value as NotaContent["marking"])} className={inputClass}>
          {Object.entries(MARKING_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={fieldId("classification")} label={FIELD_LABELS.classification} hint="Bepaalt wie de nota mag zien en wat mag worden geëxporteerd.">
        <select value={content.classification} onChange={(e) => set("classification", e.target.value as NotaContent["classification"])} className={inputClass}>
          {Object.entries(CLASSIFICATION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={fieldId("title")} label={FIELD_LABELS.title} error={issues.get("title")} className="md:col-span-2">
        <input type="text" value={content.title} maxLength={300} onChange={(e) => set("title", e.target.value)} className={inputClass} />
      </Field>
      <DateInput id={fieldId("date")} label={FIELD_LABELS.date} value={content.date} required onChange={(value) => value && set("date", value)} />
      <Field
        id={fieldId("drafterName")}
        label={FIELD_LABELS.drafterName}
        hint="Persoonsgegeven: wordt gelakt bij openbaarmaking."
        error={issues.get("drafterName")}
      >
        <input
          type="text"
          value={content.drafterName ?? ""}
          maxLength={200}
          onChange={(e) => set("drafterName", e.target.value || null)}
          className={inputClass}
        />
      </Field>
      <DateInput
        id={fieldId("plannedDate")}
        label={FIELD_LABELS.plannedDate}
        hint="De interne deadline."
        value={content.plannedDate}
        issue={issues.get("plannedDate")}
        onChange={(value) => set("plannedDate", value)}
      />
      <DateInput
        id={fieldId("kamerDeadline")}
        label={FIELD_LABELS.kamerDeadline}
        hint="De deadline richting de Tweede Kamer (toezegging)."
        value={content.kamerDeadline}
        onChange={(value) => set("kamerDeadline", value)}
      />
      <Field id={fieldId("ownerOfficeId")} label="Eigenaar (onderdeel dat de nota opstelt)" className="md:col-span-2">
        <select value={content.ownerOfficeId} onChange={(e) => set("ownerOfficeId", e.target.value)} className={inputClass}>
          <OfficeOptions offices={ownerOptions} />
        </select>
      </Field>
    </div>
  );
}
