// Values from the URL path. A malformed escape (/notas/%E0) names nothing: it is shown as it
// was typed and then not found, never a crash.
export function referenceParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
