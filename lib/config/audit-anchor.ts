// Where the audit log's anchors go (lib/audit/anchor.ts): an append-only file, and optionally an
// endpoint outside this system. Read by the app's job, `npm run audit:anchor` and
// `npm run audit:verify` alike, so all three agree on the file.
import path from "node:path";

export interface AuditAnchorSettings {
  /** JSON lines, appended to and never rewritten. */
  file: string;
  /** Each anchor is also POSTed here as JSON; null: not configured. */
  url: string | null;
}

/** The default beside the embedded database in .data/, relative to where the app runs. */
export const DEFAULT_ANCHOR_FILE = path.join(".data", "audit-anchors.jsonl");

export function auditAnchorSettings(env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): AuditAnchorSettings {
  const file = path.resolve(cwd, env.AUDIT_ANCHOR_FILE || DEFAULT_ANCHOR_FILE);
  const url = env.AUDIT_ANCHOR_URL || null;
  if (url !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      // reported below
    }
    if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
      throw new Error(`AUDIT_ANCHOR_URL moet een http(s)-adres zijn: ${url}`);
    }
  }
  return { file, url };
}
