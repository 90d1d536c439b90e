"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { NotaSnapshot } from "@/lib/domain/nota/snapshot";
import { DraftSaver } from "./draft-saver";
import { clearLocalDraft, clearLocalDraftsOfOtherSessions, readLocalDraft, writeLocalDraft } from "./local-draft";

/** The draft of one nota for one user, saved automatically (see DraftSaver). */
export function useDraft(options: { notaId: string; userId: string; draftSession: string; initialVersion: number; initialSnapshot: NotaSnapshot }) {
  const [saver] = useState(() => {
    const key = `${options.notaId}:${options.userId}:${options.draftSession}`;
    return new DraftSaver({
      notaId: options.notaId,
      initialVersion: options.initialVersion,
      initialSnapshot: options.initialSnapshot,
      store: { read: () => readLocalDraft(key), write: (draft) => writeLocalDraft(key, draft), clear: () => clearLocalDraft(key) },
    });
  });
  const state = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);

  useEffect(() => {
    // Drafts of a session that has ended (by logout, timeout, or on another device) are gone
    // before anything is restored: a draft never outlives its session.
    clearLocalDraftsOfOtherSessions(options.draftSession);
    saver.restoreLocal();
    const retry = () => void saver.saveNow();
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
      saver.dispose();
    };
  }, [saver, options.draftSession]);

  return { state, saver };
}
