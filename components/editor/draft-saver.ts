// The editor's draft and its autosave, as a plain object (no React): debounced saves that
// carry the version they are based on, retries with back-off when the network or the server
// fails, a copy in the browser until the server has it, and a conflict state when someone
// else saved first. The editor subscribes to it (useSyncExternalStore).
import { canonicalJson } from "@/lib/domain/canonical-json";
import type { FieldIssue } from "@/lib/domain/errors";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import type { AttachmentMeta, NotaSnapshot } from "@/lib/domain/nota/snapshot";
import type { LocalDraft } from "./local-draft";

export type SavePhase = "saved" | "pending" | "saving" | "failed" | "conflict" | "readonly";

export interface Conflict {
  base: NotaContent;
  theirs: NotaSnapshot;
  currentVersion: number;
  savedBy: string | null;
  savedAt: string | null;
}

export interface DraftState {
  content: NotaContent;
  /** The attached files; changed only by the server (uploads), never by the draft. */
  attachments: AttachmentMeta[];
  version: number;
  phase: SavePhase;
  lastSavedAt: string | null;
  error: string | null;
  /** A notice that is not an error, e.g. that a newer version was loaded. */
  notice: string | null;
  serverIssues: FieldIssue[];
  conflict: Conflict | null;
}

/** What the server sends with a refused stale change (see lib/services/stale-details.ts). */
export interface StaleDetails {
  currentVersion: number;
  snapshot: NotaSnapshot;
  savedBy: string | null;
  savedAt: string | null;
}

export interface DraftStore {
  read(): LocalDraft | null;
  write(draft: LocalDraft): void;
  clear(): void;
}

export interface DraftSaverOptions {
  notaId: string;
  initialVersion: number;
  initialSnapshot: NotaSnapshot;
  store: DraftStore;
  fetch?: typeof fetch;
  saveDelayMs?: number;
  retryDelaysMs?: number[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

export function contentOf(snapshot: NotaSnapshot): NotaContent {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { attachments, ...content } = snapshot;
  return content;
}

export class DraftSaver {
  private state: DraftState;
  private readonly listeners = new Set<() => void>();
  /** The server state the draft is based on. */
  private base: { version: number; content: NotaContent };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private retries = 0;
  /** In conflict or read-only: no automatic saves until resolved. */
  private blocked = false;
  /** Once the session has ended, nothing more is kept in this browser. */
  private sessionEnded = false;
  /** Another change of the nota (a file) is under way: saves wait for it. */
  private exclusive = false;
  private readonly fetch: typeof fetch;
  private readonly saveDelayMs: number;
  private readonly retryDelaysMs: number[];

  constructor(private readonly options: DraftSaverOptions) {
    const initialContent = contentOf(options.initialSnapshot);
    this.base = { version: options.initialVersion, content: initialContent };
    this.state = {
      content: initialContent,
      attachments: options.initialSnapshot.attachments,
      version: options.initialVersion,
      phase: "saved",
      lastSavedAt: null,
      error: null,
      notice: null,
      serverIssues: [],
      conflict: null,
    };
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.saveDelayMs = options.saveDelayMs ?? 1200;
    this.retryDelaysMs = options.retryDelaysMs ?? [2_000, 5_000, 10_000, 30_000];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): DraftState => this.state;

  private set(change: Partial<DraftState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private remember(): void {
    if (this.sessionEnded) return;
    this.options.store.write({
      baseVersion: this.base.version,
      baseContent: this.base.content,
      content: this.state.content,
      storedAt: new Date().toISOString(),
    });
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), delay);
  }

  /**
   * Unsaved work from an earlier visit (a reload, a crash): send it when the nota has not
   * changed since, or show it as a conflict when someone else saved in between.
   */
  restoreLocal(): void {
    const stored = this.options.store.read();
    if (!stored || same(stored.content, stored.baseContent)) return this.options.store.clear();
    if (stored.baseVersion === this.base.version) {
      this.set({ content: stored.content, phase: "pending" });
      this.schedule(0);
    } else {
      this.blocked = true;
      this.set({
        content: stored.content,
        phase: "conflict",
        conflict: {
          base: stored.baseContent,
          theirs: { ...this.base.content, attachments: this.state.attachments },
          currentVersion: this.base.version,
          savedBy: null,
          savedAt: null,
        },
      });
    }
  }

  update(change: (content: NotaContent) => NotaContent): void {
    this.set({ content: change(this.state.content), phase: this.blocked ? this.state.phase : this.state.phase === "failed" ? "failed" : "pending" });
    this.remember();
    if (!this.blocked) this.schedule(this.saveDelayMs);
  }

  async saveNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.blocked || this.exclusive) return;
    if (this.inFlight) {
      await this.inFlight;
      return same(this.state.content, this.base.content) ? undefined : this.saveNow();
    }
    const sent = this.state.content;
    if (same(sent, this.base.content)) {
      this.options.store.clear();
      this.set({ phase: "saved", error: null });
      return;
    }
    this.set({ phase: "saving" });
    this.inFlight = this.send(sent);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async send(sent: NotaContent): Promise<void> {
    try {
      const response = await this.fetch(`/api/notas/${this.options.notaId}/inhoud`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ baseVersion: this.base.version, content: sent }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        this.retries = 0;
        this.base = { version: body.version, content: sent };
        const done = same(this.state.content, sent);
        if (done) this.options.store.clear();
        else this.remember();
        this.set({ version: body.version, phase: done ? "saved" : "pending", lastSavedAt: body.savedAt, error: null, serverIssues: [] });
        if (!done) this.schedule(this.saveDelayMs);
      } else if (response.status === 409) {
        this.enterConflict(body.details);
      } else if (response.status === 400) {
        this.set({ phase: "failed", error: body.error ?? "De nota bevat ongeldige gegevens.", serverIssues: body.issues ?? [] });
      } else if (response.status === 401) {
        // The session has ended (timeout, logout elsewhere, ended by beheer): its draft must
        // not stay behind in this browser, and retrying cannot succeed.
        this.options.store.clear();
        this.blocked = true;
        this.sessionEnded = true;
        this.set({
          phase: "readonly",
          error: "Uw sessie is beëindigd. Niet-opgeslagen wijzigingen zijn uit deze browser verwijderd. Log opnieuw in om verder te werken.",
        });
      } else if (response.status === 403 || response.status === 404) {
        this.blocked = true;
        this.set({ phase: "readonly", error: body.error ?? "U kunt deze nota niet (meer) bewerken." });
      } else {
        throw new Error(body.error ?? `Serverfout ${response.status}.`);
      }
    } catch (error) {
      const delay = this.retryDelaysMs[Math.min(this.retries, this.retryDelaysMs.length - 1)];
      this.retries++;
      const reason = error instanceof TypeError ? "Geen verbinding met de server." : (error as Error).message;
      this.set({
        phase: "failed",
        error: `${reason} Uw wijzigingen zijn in deze browser bewaard; over ${Math.round(delay / 1000)} seconden proberen we het opnieuw.`,
      });
      this.schedule(delay);
    }
  }

  private enterConflict(details: StaleDetails): void {
    this.blocked = true;
    this.set({
      phase: "conflict",
      conflict: {
        base: this.base.content,
        theirs: details.snapshot,
        currentVersion: details.currentVersion,
        savedBy: details.savedBy,
        savedAt: details.savedAt,
      },
    });
  }

  /**
   * The server refused a change because the nota moved on. Without unsaved work here, the
   * newer version simply replaces what is shown; with unsaved work, it is a conflict to merge.
   */
  adoptServerState(details: StaleDetails): void {
    if (this.hasUnsavedChanges()) return this.enterConflict(details);
    const content = contentOf(details.snapshot);
    this.base = { version: details.currentVersion, content };
    this.options.store.clear();
    this.set({
      content,
      attachments: details.snapshot.attachments,
      version: details.currentVersion,
      phase: "saved",
      error: null,
      notice: `${details.savedBy ?? "Iemand anders"} heeft de nota intussen gewijzigd; de nieuwste versie is geladen.`,
    });
  }

  /** After a conflict: continue from the server's version with the content the user chose. */
  resolveConflict(content: NotaContent): void {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.base = { version: conflict.currentVersion, content: contentOf(conflict.theirs) };
    this.blocked = false;
    this.set({ content, attachments: conflict.theirs.attachments, conflict: null, version: conflict.currentVersion, phase: "pending", error: null });
    this.remember();
    this.schedule(0);
  }

  /**
   * Runs another change of the nota (adding or removing a file) on the saved version: saves
   * pending text first, holds autosave while it runs, and continues from the version it
   * produced. Throws when the text could not be saved first.
   */
  async runExclusive(change: (version: number) => Promise<{ version: number; attachments: AttachmentMeta[] }>): Promise<void> {
    await this.saveNow();
    if (this.blocked || this.hasUnsavedChanges()) {
      throw new Error("Uw laatste wijzigingen zijn nog niet opgeslagen; los dat eerst op en probeer het daarna opnieuw.");
    }
    this.exclusive = true;
    try {
      const result = await change(this.base.version);
      this.base = { ...this.base, version: result.version };
      this.set({ version: result.version, attachments: result.attachments, notice: null });
    } finally {
      this.exclusive = false;
      if (this.hasUnsavedChanges()) this.schedule(0);
    }
  }

  /** Saves pending text and returns the version it produced; throws when it could not. */
  async savedVersion(): Promise<number> {
    await this.saveNow();
    if (this.blocked || this.hasUnsavedChanges()) {
      throw new Error("Uw laatste wijzigingen zijn nog niet opgeslagen; los dat eerst op en probeer het daarna opnieuw.");
    }
    return this.base.version;
  }

  /** Whether anything typed has not reached the server yet. */
  hasUnsavedChanges(): boolean {
    return !same(this.state.content, this.base.content);
  }

  /**
   * The editor closes (navigation within the app): pending text goes out in a request that
   * outlives the page. A copy stays in the browser until a later visit sees it saved.
   */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    if (this.blocked || this.inFlight || !this.hasUnsavedChanges()) return;
    const body = JSON.stringify({ baseVersion: this.base.version, content: this.state.content });
    // Browsers cap keepalive bodies at 64 kB; larger drafts wait in the browser's storage.
    if (body.length < 60_000) {
      void this.fetch(`/api/notas/${this.options.notaId}/inhoud`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body,
        keepalive: true,
      }).catch(() => {});
    }
  }
}
