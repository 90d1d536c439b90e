"use client";

// The annex of nationale kaders: categories, their regions (kaders) and the bijdragen, with
// running personnel totals per region and per category.
import { useRef } from "react";
import { Button, inputClass } from "@/components/ui/form";
import { acronymElsewhere } from "@/lib/domain/nota/acronyms";
import { emptyBijdrage } from "@/lib/domain/nota/bijdrage";
import type { AnnexCategoryContent, AnnexContent, BijdrageContent, KaderContent } from "@/lib/domain/nota/content-schema";
import { CATEGORY_KIND_LABELS } from "@/lib/domain/nota/labels";
import { formatPersonnel, personnelTotals, type PersonnelTotal } from "@/lib/domain/nota/personnel";
import { newId } from "@/lib/domain/new-id";
import { BijdrageEditor } from "./bijdrage-editor";
import { DateInput } from "./date-input";
import { focusSoon } from "./focus-soon";
import type { SectionProps } from "./editor-types";
import { fieldId } from "./field-id";
import { RichTextEditor } from "./rich-text-editor";
import { SortableList } from "./sortable-list";

const DEFAULT_CATEGORIES: Array<Pick<AnnexCategoryContent, "kind" | "title">> = [
  { kind: "BEEINDIGING_AFSCHALING", title: "Te beëindigen en afschaling nationale kaders" },
  { kind: "NIEUW", title: "Nieuwe (voorziene) bijdragen" },
  { kind: "VOORTZETTING", title: "Voortzetting, incl. eventuele aanpassing nationale kaders" },
];

function totalText(total: PersonnelTotal, of: number): string {
  if (of > 0 && total.missing === of) return "niet genoemd";
  const text = formatPersonnel({ count: total.count, circa: total.circa }) ?? "0";
  return total.missing ? `${text} (${total.missing} zonder aantal)` : text;
}

function Totals({ bijdragen, label }: { bijdragen: BijdrageContent[]; label: string }) {
  const totals = personnelTotals(bijdragen);
  return (
    <p className="text-sm text-grijs-5" aria-live="polite">
      {label}: {bijdragen.length === 1 ? "1 bijdrage" : `${bijdragen.length} bijdragen`}; personeel vóór {totalText(totals.before, bijdragen.length)}, na{" "}
      {totalText(totals.after, bijdragen.length)}.
    </p>
  );
}

export function AnnexEditor({ content, update, issues }: SectionProps) {
  const annex = content.annex;
  // Bijdragen added in this session open at once; existing ones start folded.
  const added = useRef(new Set<string>());
  const setAnnex = (change: (annex: AnnexContent) => AnnexContent) => update((c) => (c.annex ? { ...c, annex: change(c.annex) } : c));
  const setCategory = (id: string, change: (category: AnnexCategoryContent) => AnnexCategoryContent) =>
    setAnnex((a) => ({ ...a, categories: a.categories.map((cat) => (cat.id === id ? change(cat) : cat)) }));
  const setKader = (categoryId: string, kaderId: string, change: (kader: KaderContent) => KaderContent) =>
    setCategory(categoryId, (cat) => ({ ...cat, kaders: cat.kaders.map((k) => (k.id === kaderId ? change(k) : k)) }));

  if (!annex) {
    return (
      <div>
        <p className="mb-2">Deze nota heeft geen bijlage met nationale kaders.</p>
        <Button
          onClick={() =>
            update((c) => ({
              ...c,
              annex: { title: "Nationale Kaders", note: null, categories: DEFAULT_CATEGORIES.map((cat) => ({ ...cat, id: newId(), kaders: [] })) },
            }))
          }
        >
          + Bijlage nationale kaders toevoegen
        </Button>
      </div>
    );
  }
  const elsewhere = acronymElsewhere(annex);

  return (
    <div className="space-y-4">
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor={fieldId("annex.title")} className="mb-1 block font-bold">
            Titel van de bijlage
          </label>
          <input
            id={fieldId("annex.title")}
            type="text"
            value={annex.title}
            maxLength={200}
            onChange={(e) => setAnnex((a) => ({ ...a, title: e.target.value }))}
            className={inputClass}
          />
        </div>
        <div className="self-end text-right">
          <Button
            variant="danger"
            onClick={() => {
              if (window.confirm("De hele bijlage met alle categorieën en bijdragen verwijderen?")) update((c) => ({ ...c, annex: null }));
            }}
          >
            Bijlage verwijderen
          </Button>
        </div>
      </div>
      <div>
        <p id="annex-note-label" className="mb-1 font-bold">
          Opmerking boven de bijlage
        </p>
        <RichTextEditor
          labelledBy="annex-note-label"
          value={annex.note ?? { type: "doc", content: [] }}
          onChange={(note) => setAnnex((a) => ({ ...a, note }))}
        />
      </div>
      <Totals bijdragen={annex.categories.flatMap((cat) => cat.kaders.flatMap((k) => k.bijdragen))} label="Hele bijlage" />

      <SortableList
        items={annex.categories}
        onChange={(categories) => setAnnex((a) => ({ ...a, categories }))}
        itemName={(cat, index) => `Categorie ${index + 1}${cat.title ? ` (${cat.title})` : ""}`}
        confirmRemove={(cat) => cat.kaders.length === 0 || window.confirm(`Categorie "${cat.title}" met ${cat.kaders.length} regio's verwijderen?`)}
        className="space-y-6"
        renderItem={(category, { controls, index }) => (
          <section aria-labelledby={`${fieldId(`category.${category.id}`)}-kop`} className="border-2 border-rijks p-3">
            <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
              <h3 id={`${fieldId(`category.${category.id}`)}-kop`} className="text-lg font-bold text-rijks">
                Categorie {index + 1}
              </h3>
              {controls}
            </div>
            <div className="grid gap-3 md:grid-cols-[14rem_1fr]">
              <div>
                <label htmlFor={fieldId(`category.${category.id}.kind`)} className="mb-1 block font-bold">
                  Soort
                </label>
                <select
                  id={fieldId(`category.${category.id}.kind`)}
                  value={category.kind}
                  onChange={(e) => setCategory(category.id, (cat) => ({ ...cat, kind: e.target.value as AnnexCategoryContent["kind"] }))}
                  className={inputClass}
                >
                  {Object.entries(CATEGORY_KIND_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={fieldId(`category.${category.id}.title`)} className="mb-1 block font-bold">
                  Titel van categorie {index + 1}
                </label>
                <input
                  id={fieldId(`category.${category.id}.title`)}
                  type="text"
                  value={category.title}
                  maxLength={300}
                  aria-invalid={issues.has(`category.${category.id}.title`) || undefined}
                  onChange={(e) => setCategory(category.id, (cat) => ({ ...cat, title: e.target.value }))}
                  className={inputClass}
                />
              </div>
            </div>
            <div className="mt-2">
              <Totals bijdragen={category.kaders.flatMap((k) => k.bijdragen)} label={`Totaal categorie ${index + 1}`} />
            </div>

            <SortableList
              items={category.kaders}
              onChange={(kaders) => setCategory(category.id, (cat) => ({ ...cat, kaders }))}
              itemName={(kader, kaderIndex) => `Regio ${kader.region || kaderIndex + 1}`}
              confirmRemove={(kader) =>
                kader.bijdragen.length === 0 || window.confirm(`Regio "${kader.region}" met ${kader.bijdragen.length} bijdragen verwijderen?`)
              }
              className="mt-3 space-y-4"
              renderItem={(kader, kaderControls) => {
                const regionKey = `kader.${kader.id}.region`;
                return (
                  <div role="group" aria-label={`Regio ${kader.region || "zonder naam"}`} className="border border-grijs-5 bg-grijs-1 p-3">
                    <div className="flex flex-wrap items-end justify-between gap-2">
                      <div className="min-w-56 flex-1">
                        <label htmlFor={fieldId(regionKey)} className="mb-1 block font-bold">
                          Regio
                        </label>
                        <input
                          id={fieldId(regionKey)}
                          type="text"
                          value={kader.region}
                          maxLength={120}
                          aria-invalid={issues.has(regionKey) || undefined}
                          aria-describedby={issues.has(regionKey) ? `${fieldId(regionKey)}-fout` : undefined}
                          onChange={(e) => setKader(category.id, kader.id, (k) => ({ ...k, region: e.target.value }))}
                          className={inputClass}
                        />
                        {issues.has(regionKey) && (
                          <p id={`${fieldId(regionKey)}-fout`} className="mt-1 text-sm font-bold text-rood">
                            {issues.get(regionKey)}
                          </p>
                        )}
                      </div>
                      {kaderControls.controls}
                    </div>
                    <div className="mt-2 grid gap-3 md:grid-cols-2">
                      <DateInput
                        id={fieldId(`kader.${kader.id}.termStart`)}
                        label={`Eigen looptijd vanaf (${kader.region || "regio"})`}
                        hint="Leeg: de generieke looptijd."
                        value={kader.termStart}
                        onChange={(termStart) => setKader(category.id, kader.id, (k) => ({ ...k, termStart }))}
                      />
                      <DateInput
                        id={fieldId(`kader.${kader.id}.termEnd`)}
                        label={`Eigen looptijd tot en met (${kader.region || "regio"})`}
                        value={kader.termEnd}
                        onChange={(termEnd) => setKader(category.id, kader.id, (k) => ({ ...k, termEnd }))}
                      />
                    </div>
                    <div className="mt-2">
                      <Totals bijdragen={kader.bijdragen} label={`Totaal ${kader.region || "regio"}`} />
                    </div>
                    <SortableList
                      items={kader.bijdragen}
                      onChange={(bijdragen) => setKader(category.id, kader.id, (k) => ({ ...k, bijdragen }))}
                      itemName={(b, bi) => `Bijdrage ${bi + 1}${b.acronym ? ` (${b.acronym})` : b.name ? ` (${b.name.slice(0, 40)})` : ""}`}
                      className="mt-2 space-y-2"
                      renderItem={(bijdrage, bijdrageControls) => (
                        <BijdrageEditor
                          bijdrage={bijdrage}
                          index={bijdrageControls.index}
                          controls={bijdrageControls.controls}
                          issues={issues}
                          elsewhere={elsewhere.get(bijdrage.id)}
                          initiallyOpen={added.current.has(bijdrage.id)}
                          onChange={(next) =>
                            setKader(category.id, kader.id, (k) => ({ ...k, bijdragen: k.bijdragen.map((b) => (b.id === next.id ? next : b)) }))
                          }
                        />
                      )}
                    />
                    <Button
                      className="mt-2"
                      onClick={() => {
                        const bijdrage = emptyBijdrage(newId());
                        added.current.add(bijdrage.id);
                        setKader(category.id, kader.id, (k) => ({ ...k, bijdragen: [...k.bijdragen, bijdrage] }));
                        focusSoon(fieldId(`bijdrage.${bijdrage.id}.name`));
                      }}
                    >
                      + Bijdrage toevoegen<span className="sr-only"> aan {kader.region || "deze regio"}</span>
                    </Button>
                  </div>
                );
              }}
            />
            <Button
              className="mt-3"
              onClick={() => {
                const id = newId();
                setCategory(category.id, (cat) => ({ ...cat, kaders: [...cat.kaders, { id, region: "", termStart: null, termEnd: null, bijdragen: [] }] }));
                focusSoon(fieldId(`kader.${id}.region`));
              }}
            >
              + Regio toevoegen<span className="sr-only"> aan categorie {index + 1}</span>
            </Button>
          </section>
        )}
      />
      <Button
        onClick={() => {
          const id = newId();
          setAnnex((a) => ({ ...a, categories: [...a.categories, { id, kind: "VOORTZETTING", title: "", kaders: [] }] }));
          focusSoon(fieldId(`category.${id}.title`));
        }}
      >
        + Categorie toevoegen
      </Button>
    </div>
  );
}
