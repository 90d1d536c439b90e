// How a rich-text field looks, shared by its light preview and by the editor that replaces it:
// the same boxes at the same sizes, so that nothing moves when the editor takes over.
export const FIELD_CLASS = "border bg-white outline-offset-2 focus-within:outline focus-within:outline-2 focus-within:outline-link";
export const TOOLBAR_CLASS = "flex flex-wrap gap-1 border-b border-grijs-2 bg-grijs-1 px-1.5 py-1 text-sm";
export const TOOL_BUTTON_CLASS =
  "min-w-8 border border-transparent px-1.5 py-0.5 hover:border-grijs-5 aria-pressed:border-rijks aria-pressed:bg-lint disabled:opacity-40";

export function areaClass(minHeight: "small" | "large"): string {
  return `prose-nota px-3 py-2 outline-none ${minHeight === "large" ? "min-h-32" : "min-h-12"}`;
}

export function fieldClass(invalid: boolean | undefined): string {
  return `${FIELD_CLASS} ${invalid ? "border-2 border-rood" : "border-grijs-5"}`;
}

export const KEYBOARD_HINT =
  "Tab en Shift+Tab springen in en uit in een lijst; Alt+Shift+pijl omhoog of omlaag verplaatst een lijstpunt; Escape gaat naar het volgende veld.";

/** The toolbar's buttons, in order: label and face. */
export const TOOLBAR_BUTTONS = [
  ["Vet (Ctrl+B)", "V"],
  ["Cursief (Ctrl+I)", "C"],
  ["Opsomming", "• Lijst"],
  ["Genummerde lijst", "1. Lijst"],
  ["Inspringen (Tab)", "→"],
  ["Uitspringen (Shift+Tab)", "←"],
  ["Lijstpunt omhoog (Alt+Shift+↑)", "↑"],
  ["Lijstpunt omlaag (Alt+Shift+↓)", "↓"],
  ["Ongedaan maken (Ctrl+Z)", "↶"],
  ["Opnieuw (Ctrl+Y)", "↷"],
  ["Woo-grond (passage markeren)", "Woo"],
] as const;
