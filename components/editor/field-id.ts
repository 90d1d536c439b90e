/** The DOM id of a field, from the key the completeness check uses ("bijdrage.<id>.name"). */
export function fieldId(key: string): string {
  return `veld-${key.replace(/[^a-zA-Z0-9_-]+/g, "-")}`;
}
