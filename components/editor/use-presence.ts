"use client";

import { useEffect, useState } from "react";
import { BACKGROUND_REQUEST_HEADER } from "@/lib/auth/session-policy";

export interface OtherEditor {
  userId: string;
  name: string;
}

const HEARTBEAT_MS = 15_000;

/** Announces that this user has the nota open, and keeps a list of who else has. */
export function usePresence(notaId: string): OtherEditor[] {
  const [others, setOthers] = useState<OtherEditor[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        // A heartbeat is not the person doing something: it must not keep the session alive.
        const response = await fetch(`/api/notas/${notaId}/aanwezig`, { method: "POST", headers: { [BACKGROUND_REQUEST_HEADER]: "1" } });
        if (response.ok && !stopped) setOthers((await response.json()).others);
      } catch {
        // Presence is a courtesy; the save itself guards against overwriting.
      }
    };
    void beat();
    const interval = setInterval(beat, HEARTBEAT_MS);
    const leave = () => void fetch(`/api/notas/${notaId}/aanwezig`, { method: "DELETE", keepalive: true, headers: { [BACKGROUND_REQUEST_HEADER]: "1" } });
    window.addEventListener("pagehide", leave);
    return () => {
      stopped = true;
      clearInterval(interval);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [notaId]);
  return others;
}
