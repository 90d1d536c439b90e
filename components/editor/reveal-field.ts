// Going to a field that may sit in a folded part (a closed bijdrage): the part opens through
// its own state when it hears the event, then the field gets focus.
export const REVEAL_EVENT = "notaroute:toon-veld";

export function revealField(elementId: string): void {
  window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: elementId }));
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const target = document.getElementById(elementId);
      target?.scrollIntoView({ block: "center" });
      target?.focus({ preventScroll: true });
    }),
  );
}
