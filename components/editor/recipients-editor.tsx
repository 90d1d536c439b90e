"use client";

// The route: which ministers' offices decide (in parallel) and which receive a copy.
import type { SectionProps } from "./editor-types";
import { fieldId } from "./field-id";

export function RecipientsEditor({ content, update, issues, offices }: SectionProps) {
  const ministers = offices.filter((office) => office.kind === "BEWINDSPERSOON");
  const toggle = (role: "besluit" | "informatie", officeId: string, on: boolean) =>
    update((c) => {
      const current = c.recipients[role].filter((id) => id !== officeId);
      // In the order they are ticked: the nota names the addressed ministers first (M, R), then
      // those it lies before in parallel (MinDEF, MinJenV).
      const next = on ? [...current, officeId] : current;
      // An office either decides or gets a copy, never both.
      const other = role === "besluit" ? "informatie" : "besluit";
      const otherList = on ? c.recipients[other].filter((id) => id !== officeId) : c.recipients[other];
      return { ...c, recipients: { ...c.recipients, [role]: next, [other]: otherList } };
    });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {(
        [
          ["besluit", "Ter beslissing aan", "Besluiten per besluitpunt, tegelijk."],
          ["informatie", "Ter informatie aan", "Krijgen een kopie; beslissen niet."],
        ] as const
      ).map(([role, label, hint]) => {
        const key = `recipients.${role}`;
        const error = issues.get(key);
        return (
          <fieldset key={role} id={fieldId(key)} tabIndex={-1} aria-describedby={`${fieldId(key)}-hint${error ? ` ${fieldId(key)}-fout` : ""}`}>
            <legend className="font-bold">{label}</legend>
            <p id={`${fieldId(key)}-hint`} className="mb-2 text-sm text-grijs-5">
              {hint}
            </p>
            {content.recipients[role].length > 1 && (
              <p className="mb-2 text-sm">Volgorde: {content.recipients[role].map((id) => ministers.find((m) => m.id === id)?.code ?? "?").join(", ")}</p>
            )}
            {error && (
              <p id={`${fieldId(key)}-fout`} className="mb-2 font-bold text-rood">
                {error}
              </p>
            )}
            <ul className="space-y-1">
              {ministers.map((office) => (
                <li key={office.id}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1.5"
                      checked={content.recipients[role].includes(office.id)}
                      onChange={(e) => toggle(role, office.id, e.target.checked)}
                    />
                    <span>
                      <span className="font-bold">{office.code}</span> – {office.name}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
