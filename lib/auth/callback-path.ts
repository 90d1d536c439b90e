/** Only a path on this site may be a post-login destination: never another host. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string") return "/notas";
  let path = value;
  try {
    // next-auth hands back absolute URLs; keep only their path on this site.
    if (/^https?:\/\//.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return "/notas";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/login")) return "/notas";
  return path;
}
