/** Focuses an element once React has rendered it: the field of something just added. */
export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(elementId)?.focus()));
}
