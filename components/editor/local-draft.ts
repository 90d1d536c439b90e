// Unsaved changes kept in the browser until the server has them: they survive a reload, a
// failed request and a dropped network. Classified notas (Stg. Confidentieel and up) are kept
// only for the tab's lifetime (sessionStorage), never on disk beyond it.
import type { Classification } from "@/lib/domain/enums";
import type { NotaContent } from "@/lib/domain/nota/content-schema";

export interface LocalDraft {
  baseVersion: number;
  baseContent: NotaContent;
  content: NotaContent;
  storedAt: string;
}

const PREFIX = "notaroute:concept:";

function store(classification: Classification): Storage | null {
  if (typeof window === "undefined") return null;
  return classification === "ONGERUBRICEERD" || classification === "DEPARTEMENTAAL_VERTROUWELIJK" ? window.localStorage : window.sessionStorage;
}

export function readLocalDraft(key: string): LocalDraft | null {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    const raw = storage.getItem(PREFIX + key);
    if (!raw) continue;
    try {
      return JSON.parse(raw) as LocalDraft;
    } catch {
      storage.removeItem(PREFIX + key);
    }
  }
  return null;
}

export function writeLocalDraft(key: string, draft: LocalDraft): void {
  try {
    clearLocalDraft(key);
    store(draft.content.classification)?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft is still in memory and is retried from there.
  }
}

export function clearLocalDraft(key: string): void {
  window.localStorage.removeItem(PREFIX + key);
  window.sessionStorage.removeItem(PREFIX + key);
}

/**
 * Drafts are keyed `<nota>:<user>:<session>`: every draft of another session (one that ended,
 * or another person's) is removed.
 */
export function clearLocalDraftsOfOtherSessions(session: string): void {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith(PREFIX) && !key.endsWith(`:${session}`)) storage.removeItem(key);
  }
}

/** When a session ends (logout, expiry, the login page): nothing of anybody's drafts stays behind in this browser. */
export function clearAllLocalDrafts(): void {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
  }
}
