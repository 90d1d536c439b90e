"use client";

// The body of the nota: Aanleiding, Geadviseerd besluit (ordered decision points), Nb.
// remarks, Kern (titled sub-sections) and the (Voorgestelde) Tijdlijn.
import { Button, inputClass } from "@/components/ui/form";
import { newId } from "@/lib/domain/new-id";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { EMPTY_DOC, type RichTextDoc } from "@/lib/domain/rich-text/schema";
import { topLevelItems } from "@/lib/domain/rich-text/plain-text";
import { DateInput } from "./date-input";
import { focusSoon } from "./focus-soon";
import type { SectionProps } from "./editor-types";
import { fieldId } from "./field-id";
import { RichTextEditor } from "./rich-text-editor";
import { SortableList } from "./sortable-list";

const hasText = (doc: RichTextDoc) => topLevelItems(doc).some((text) => text.trim() !== "");
const confirmRemoval = (what: string) => window.confirm(`${what} bevat tekst. Weet u zeker dat u het wilt verwijderen?`);

function IssueText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 font-bold text-rood">
      {message}
    </p>
  ) : null;
}

export function AanleidingEditor({ content, update, issues }: SectionProps) {
  const id = fieldId("aanleiding");
  return (
    <>
      <RichTextEditor
        id={id}
        labelledBy="kop-aanleiding"
        value={content.aanleiding}
        onChange={(aanleiding) => update((c) => ({ ...c, aanleiding }))}
        describedBy={issues.get("aanleiding") ? `${id}-fout` : undefined}
        invalid={Boolean(issues.get("aanleiding"))}
        minHeight="large"
      />
      <IssueText id={`${id}-fout`} message={issues.get("aanleiding")} />
    </>
  );
}

/** An ordered list of rich-text items (decision points, Nb. remarks): move, remove, add. */
function RichTextList({
  items,
  onChange,
  name,
  fieldKey,
  addLabel,
  tone,
  issues,
}: {
  items: Array<{ id: string; doc: RichTextDoc }>;
  onChange: (items: Array<{ id: string; doc: RichTextDoc }>) => void;
  name: (index: number) => string;
  fieldKey: (id: string) => string;
  addLabel: string;
  tone: string;
  issues: SectionProps["issues"];
}) {
  return (
    <>
      <SortableList
        items={items}
        onChange={onChange}
        itemName={(_item, index) => name(index)}
        confirmRemove={(item, index) => !hasText(item.doc) || confirmRemoval(name(index))}
        renderItem={(item, { controls, index }) => {
          const key = fieldKey(item.id);
          const labelId = `${fieldId(key)}-label`;
          return (
            <div className={`border-l-4 ${tone} bg-grijs-1 p-3`}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h3 id={labelId} className="font-bold">
                  {name(index)}
                </h3>
                {controls}
              </div>
              <RichTextEditor
                id={fieldId(key)}
                labelledBy={labelId}
                value={item.doc}
                invalid={Boolean(issues.get(key))}
                describedBy={issues.get(key) ? `${fieldId(key)}-fout` : undefined}
                onChange={(doc) => onChange(items.map((other) => (other.id === item.id ? { ...other, doc } : other)))}
              />
              <IssueText id={`${fieldId(key)}-fout`} message={issues.get(key)} />
            </div>
          );
        }}
      />
      <Button
        className="mt-3"
        onClick={() => {
          const id = newId();
          onChange([...items, { id, doc: EMPTY_DOC }]);
          focusSoon(fieldId(fieldKey(id)));
        }}
      >
        {addLabel}
      </Button>
    </>
  );
}

export function DecisionPointsEditor({ content, update, issues }: SectionProps) {
  return (
    <div id={fieldId("decisionPoints")} tabIndex={-1}>
      <IssueText id={`${fieldId("decisionPoints")}-fout`} message={issues.get("decisionPoints")} />
      <RichTextList
        items={content.decisionPoints.map((p) => ({ id: p.id, doc: p.text }))}
        onChange={(items) => update((c) => ({ ...c, decisionPoints: items.map((item) => ({ id: item.id, text: item.doc })) }))}
        name={(index) => `Besluitpunt ${index + 1}`}
        fieldKey={(id) => `decisionPoint.${id}`}
        addLabel="+ Besluitpunt toevoegen"
        tone="border-rijks"
        issues={issues}
      />
    </div>
  );
}

export function RemarksEditor({ content, update, issues }: SectionProps) {
  return (
    <div>
      <RichTextList
        items={content.remarks.map((r) => ({ id: r.id, doc: r.body }))}
        onChange={(items) => update((c) => ({ ...c, remarks: items.map((item) => ({ id: item.id, body: item.doc })) }))}
        name={(index) => `Nb. ${index + 1}`}
        fieldKey={(id) => `remark.${id}`}
        addLabel="+ Nb.-opmerking toevoegen"
        tone="border-grijs-5"
        issues={issues}
      />
    </div>
  );
}

export function KernEditor({ content, update, issues }: SectionProps) {
  return (
    <div id={fieldId("kern")} tabIndex={-1}>
      <IssueText id={`${fieldId("kern")}-fout`} message={issues.get("kern")} />
      <SortableList
        items={content.kern}
        onChange={(kern) => update((c) => ({ ...c, kern }))}
        itemName={(section, index) => `Paragraaf ${index + 1}${section.title ? ` (${section.title})` : ""}`}
        confirmRemove={(section, index) => !hasText(section.body) || confirmRemoval(`Paragraaf ${index + 1}`)}
        renderItem={(section, { controls, index }) => {
          const titleKey = `kern.${section.id}.title`;
          const bodyLabel = `${fieldId(`kern.${section.id}`)}-tekst`;
          const setSection = (change: Partial<typeof section>) =>
            update((c) => ({ ...c, kern: c.kern.map((s) => (s.id === section.id ? { ...s, ...change } : s)) }));
          return (
            <div className="border border-grijs-2 p-3">
              <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
                <div className="min-w-64 flex-1">
                  <label htmlFor={fieldId(titleKey)} className="block font-bold">
                    Titel van paragraaf {index + 1}
                  </label>
                  <input
                    id={fieldId(titleKey)}
                    type="text"
                    value={section.title}
                    maxLength={200}
                    aria-invalid={issues.get(titleKey) ? true : undefined}
                    aria-describedby={issues.get(titleKey) ? `${fieldId(titleKey)}-fout` : undefined}
                    onChange={(e) => setSection({ title: e.target.value })}
                    className={inputClass}
                  />
                  <IssueText id={`${fieldId(titleKey)}-fout`} message={issues.get(titleKey)} />
                </div>
                {controls}
              </div>
              <p id={bodyLabel} className="mb-1 font-bold">
                Tekst van paragraaf {index + 1}
              </p>
              <RichTextEditor labelledBy={bodyLabel} value={section.body} onChange={(body) => setSection({ body })} minHeight="large" />
            </div>
          );
        }}
      />
      <Button
        className="mt-3"
        onClick={() => {
          const id = newId();
          update((c) => ({ ...c, kern: [...c.kern, { id, title: "", body: EMPTY_DOC }] }));
          focusSoon(fieldId(`kern.${id}.title`));
        }}
      >
        + Paragraaf toevoegen
      </Button>
    </div>
  );
}

export function TimelineEditor({ content, update, issues }: SectionProps) {
  return (
    <div>
      <SortableList
        items={content.timeline}
        onChange={(timeline) => update((c) => ({ ...c, timeline }))}
        itemName={(_e, index) => `Tijdlijnregel ${index + 1}`}
        className="space-y-2"
        renderItem={(entry, { controls, index }) => {
          const key = `timeline.${entry.id}.description`;
          const setEntry = (change: Partial<typeof entry>) =>
            update((c) => ({ ...c, timeline: c.timeline.map((e) => (e.id === entry.id ? { ...e, ...change } : e)) }));
          return (
            <div className="grid items-end gap-2 border border-grijs-2 p-2 md:grid-cols-[12rem_1fr_auto]">
              <DateInput
                id={fieldId(`timeline.${entry.id}.date`)}
                label={`Datum, regel ${index + 1}`}
                value={entry.date}
                required
                onChange={(date) => date && setEntry({ date })}
              />
              <div>
                <label htmlFor={fieldId(key)} className="mb-1 block font-bold">
                  Wat gebeurt er, regel {index + 1}
                </label>
                <input
                  id={fieldId(key)}
                  type="text"
                  value={entry.description}
                  maxLength={300}
                  aria-invalid={issues.get(key) ? true : undefined}
                  aria-describedby={issues.get(key) ? `${fieldId(key)}-fout` : undefined}
                  onChange={(e) => setEntry({ description: e.target.value })}
                  className={inputClass}
                />
                <IssueText id={`${fieldId(key)}-fout`} message={issues.get(key)} />
              </div>
              <div className="pb-1">{controls}</div>
            </div>
          );
        }}
      />
      <Button
        className="mt-3"
        onClick={() => {
          const id = newId();
          update((c) => ({ ...c, timeline: [...c.timeline, { id, date: todayInAmsterdam(), description: "" }] }));
          focusSoon(fieldId(`timeline.${id}.description`));
        }}
      >
        + Tijdlijnregel toevoegen
      </Button>
    </div>
  );
}
