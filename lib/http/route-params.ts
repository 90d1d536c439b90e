// Values from the URL path. A malformed escape (/notas/%E0) names nothing: it is shown as it
// was typed and then not found, never a crash.
export function referenceParam(value: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    decoded = value;
  }
  // Control characters (a NUL, which PostgreSQL refuses in text) are in no reference: shown as
  // "\uFFFD", they still name nothing, and the page says so.
  return decoded.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
}
