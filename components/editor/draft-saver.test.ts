import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { notaContent } from "@/lib/testing/factories";
import { DraftSaver, type DraftStore } from "./draft-saver";
import type { LocalDraft } from "./local-draft";

function memoryStore(initial: LocalDraft | null = null): DraftStore & { value: LocalDraft | null } {
  return {
    value: initial,
    read() {
      return this.value;
    },
    write(draft) {
      this.value = draft;
    },
    clear() {
      this.value = null;
    },
  };
}

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
}

const content = notaContent(randomUUID(), { title: "Begin" });

describe("DraftSaver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once after typing pauses, with the version it is based on, and then forgets the local copy", async () => {
    const fetch = vi.fn(() => respond(200, { version: 6, savedAt: "2025-02-13T10:00:00Z" }));
    const store = memoryStore();
    const saver = new DraftSaver({ notaId: "n1", initialVersion: 5, initialSnapshot: { ...content, attachments: [] }, store, fetch, saveDelayMs: 1000 });
    saver.update((c) => ({ ...c, title: "Begin van" }));
    saver.update((c) => ({ ...c, title: "Begin van de titel" }));
    expect(saver.getState().phase).toBe("pending");
    expect(store.value?.content.title).toBe("Begin van de titel");

    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(body).toMatchObject({ baseVersion: 5, content: { title: "Begin van de titel" } });
    expect(saver.getState()).toMatchObject({ phase: "saved", version: 6 });
    expect(store.value).toBeNull();
  });

  it("keeps the changes and retries with back-off when the network fails", async () => {
    let online = false;
    const fetch = vi.fn(() => (online ? respond(200, { version: 2, savedAt: "x" }) : Promise.reject(new TypeError("Failed to fetch"))));
    const store = memoryStore();
    const saver = new DraftSaver({
      notaId: "n1",
      initialVersion: 1,
      initialSnapshot: { ...content, attachments: [] },
      store,
      fetch,
      saveDelayMs: 100,
      retryDelaysMs: [1000, 5000],
    });
    saver.update((c) => ({ ...c, title: "Offline geschreven" }));
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.getState().phase).toBe("failed");
    expect(saver.getState().error).toContain("Geen verbinding met de server");
    expect(store.value?.content.title).toBe("Offline geschreven");

    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(saver.getState()).toMatchObject({ phase: "saved", version: 2, error: null });
    expect(store.value).toBeNull();
  });

  it("stops and shows a conflict when the server refuses a stale version, then continues from the chosen content", async () => {
    const theirs = { ...content, title: "Hun titel", attachments: [] };
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => respond(409, { error: "gewijzigd", details: { currentVersion: 9, snapshot: theirs, savedBy: "Hanna", savedAt: "t" } }))
      .mockImplementationOnce(() => respond(200, { version: 10, savedAt: "t2" }));
    const saver = new DraftSaver({
      notaId: "n1",
      initialVersion: 8,
      initialSnapshot: { ...content, attachments: [] },
      store: memoryStore(),
      fetch,
      saveDelayMs: 10,
    });
    saver.update((c) => ({ ...c, title: "Mijn titel" }));
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.getState().phase).toBe("conflict");
    expect(saver.getState().conflict).toMatchObject({ currentVersion: 9, savedBy: "Hanna" });

    // No automatic saves while the conflict is open.
    saver.update((c) => ({ ...c, title: "Mijn titel, verder" }));
    await vi.advanceTimersByTimeAsync(100);
    expect(fetch).toHaveBeenCalledTimes(1);

    saver.resolveConflict({ ...content, title: "Samengevoegd" });
    await vi.advanceTimersByTimeAsync(0);
    const body = JSON.parse((fetch.mock.calls[1] as unknown as [string, RequestInit])[1].body as string);
    expect(body).toMatchObject({ baseVersion: 9, content: { title: "Samengevoegd" } });
    expect(saver.getState()).toMatchObject({ phase: "saved", version: 10 });
  });

  it("sends unsaved work left from an earlier visit, or shows it as a conflict when the nota moved on", async () => {
    const fetch = vi.fn(() => respond(200, { version: 4, savedAt: "t" }));
    const leftOver: LocalDraft = { baseVersion: 3, baseContent: content, content: { ...content, title: "Voor de reload" }, storedAt: "t" };
    const saver = new DraftSaver({ notaId: "n1", initialVersion: 3, initialSnapshot: { ...content, attachments: [] }, store: memoryStore(leftOver), fetch });
    saver.restoreLocal();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(saver.getState()).toMatchObject({ phase: "saved", content: { title: "Voor de reload" } });

    const moved = new DraftSaver({
      notaId: "n1",
      initialVersion: 7,
      initialSnapshot: { ...content, title: "Intussen", attachments: [] },
      store: memoryStore(leftOver),
      fetch,
    });
    moved.restoreLocal();
    expect(moved.getState().phase).toBe("conflict");
    expect(moved.getState().conflict?.base.title).toBe("Begin");
    expect(moved.getState().conflict?.theirs.title).toBe("Intussen");
  });

  it("forgets the local copy and stops when the session has ended (a draft never outlives its session)", async () => {
    const fetch = vi.fn(() => respond(401, { error: "U bent niet ingelogd." }));
    const store = memoryStore();
    const saver = new DraftSaver({ notaId: "n1", initialVersion: 1, initialSnapshot: { ...content, attachments: [] }, store, fetch, saveDelayMs: 100 });
    saver.update((c) => ({ ...c, title: "Getypt na het verlopen van de sessie" }));
    expect(store.value).not.toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(store.value).toBeNull();
    expect(saver.getState()).toMatchObject({ phase: "readonly" });
    expect(saver.getState().error).toContain("Uw sessie is beëindigd");
    saver.update((c) => ({ ...c, title: "Nog meer getypt" }));
    expect(store.value).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("reports bad input in Dutch and does not retry it", async () => {
    const fetch = vi.fn(() =>
      respond(400, { error: "De nota bevat ongeldige gegevens.", issues: [{ path: "date", message: "de datum is geen geldige datum." }] }),
    );
    const saver = new DraftSaver({
      notaId: "n1",
      initialVersion: 1,
      initialSnapshot: { ...content, attachments: [] },
      store: memoryStore(),
      fetch,
      saveDelayMs: 10,
    });
    saver.update((c) => ({ ...c, title: "x" }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(saver.getState()).toMatchObject({ phase: "failed", serverIssues: [{ path: "date" }] });
  });

  it("loads a newer version from elsewhere when nothing here is unsaved, and makes it a conflict when something is", async () => {
    const fetch = vi.fn(() => respond(200, { version: 2, savedAt: "t" }));
    const saver = new DraftSaver({ notaId: "n1", initialVersion: 1, initialSnapshot: { ...content, attachments: [] }, store: memoryStore(), fetch });
    const newer = { currentVersion: 5, snapshot: { ...content, title: "Van Hanna", attachments: [] }, savedBy: "Hanna", savedAt: "t" };
    saver.adoptServerState(newer);
    expect(saver.getState()).toMatchObject({ phase: "saved", version: 5, content: { title: "Van Hanna" }, notice: expect.stringContaining("Hanna") });

    saver.update((c) => ({ ...c, title: "Mijn titel" }));
    saver.adoptServerState({ ...newer, currentVersion: 6 });
    expect(saver.getState().phase).toBe("conflict");
  });

  it("runs a file change on the saved version, holding autosave while it runs", async () => {
    const fetch = vi.fn(() => respond(200, { version: 2, savedAt: "t" }));
    const saver = new DraftSaver({
      notaId: "n1",
      initialVersion: 1,
      initialSnapshot: { ...content, attachments: [] },
      store: memoryStore(),
      fetch,
      saveDelayMs: 10,
    });
    saver.update((c) => ({ ...c, title: "Eerst opslaan" }));
    const file = { id: "f1", fileName: "brief.pdf", mimeType: "application/pdf", size: 10, sha256: "x" };
    await saver.runExclusive(async (version) => {
      expect(version).toBe(2);
      saver.update((c) => ({ ...c, title: "Tijdens het uploaden" }));
      await vi.advanceTimersByTimeAsync(50);
      expect(fetch).toHaveBeenCalledTimes(1);
      return { version: 3, attachments: [file] };
    });
    expect(saver.getState()).toMatchObject({ version: 3, attachments: [file] });
    await vi.advanceTimersByTimeAsync(0);
    const body = JSON.parse((fetch.mock.calls[1] as unknown as [string, RequestInit])[1].body as string);
    expect(body).toMatchObject({ baseVersion: 3, content: { title: "Tijdens het uploaden" } });
  });
});
