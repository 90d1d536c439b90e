"use client";

// Warns before the session ends (WCAG 2.2.1: at least 20 seconds, with a way to extend) and,
// when it has ended, clears the local drafts and goes to the login page. The server decides
// how long is left: before warning, this asks it (without counting as activity), because the
// person may have been active in another tab.
import { useCallback, useEffect, useRef, useState } from "react";
import { clearAllLocalDrafts } from "@/components/editor/local-draft";
import { BACKGROUND_REQUEST_HEADER, EXPIRY_WARNING_SECONDS } from "@/lib/auth/session-policy";

interface Status {
  secondsLeft: number;
  canExtend: boolean;
}

/** While the warning is open, the server is asked again this often (another tab may have extended). */
const RECHECK_WHILE_WARNING_MS = 15_000;

type Answer = { ended: true } | { ended: false; status: Status } | null;

async function askServer(path: string, init: RequestInit): Promise<Answer> {
  try {
    const response = await fetch(path, { ...init, cache: "no-store" });
    if (response.status === 401) return { ended: true };
    if (!response.ok) return null;
    return { ended: false, status: (await response.json()) as Status };
  } catch {
    // No connection: say nothing now; the next check asks again.
    return null;
  }
}

function describe(seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? "1 minuut" : `${minutes} minuten`;
  }
  return seconds === 1 ? "1 seconde" : `${seconds} seconden`;
}

export function SessionExpiryWarning({ initial }: { initial: Status }) {
  // The end, on this browser's clock; counted from the server's "seconds left".
  const [deadline, setDeadline] = useState<number | null>(null);
  const [canExtend, setCanExtend] = useState(initial.canExtend);
  const [warning, setWarning] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(initial.secondsLeft);
  const [announcement, setAnnouncement] = useState("");
  const [extending, setExtending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The absolute end cannot be moved: once the person has read that warning, it stays closed.
  const dismissedRef = useRef(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<Element | null>(null);

  const adopt = useCallback((status: Status) => {
    setDeadline(Date.now() + status.secondsLeft * 1000);
    setCanExtend(status.canExtend);
    setSecondsLeft(status.secondsLeft);
  }, []);

  const end = useCallback(() => {
    // Whatever was not saved stays in nobody's browser once the session is gone.
    clearAllLocalDrafts();
    const here = window.location.pathname + window.location.search;
    // A full page load, not a client-side navigation: the editor's unsaved state in memory goes too.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/login?reden=verlopen&callbackUrl=${encodeURIComponent(here)}`);
  }, []);

  const check = useCallback(async () => {
    const answer = await askServer("/api/sessie/status", { headers: { [BACKGROUND_REQUEST_HEADER]: "1" } });
    if (!answer) return false;
    if (answer.ended || answer.status.secondsLeft <= 0) {
      end();
      return true;
    }
    adopt(answer.status);
    setWarning(answer.status.secondsLeft <= EXPIRY_WARNING_SECONDS && !(dismissedRef.current && !answer.status.canExtend));
    return true;
  }, [adopt, end]);

  // The countdown starts from this browser's clock once the page is in it (not during render,
  // which also runs on the server).
  useEffect(() => {
    const timer = setTimeout(() => adopt(initial), 0);
    return () => clearTimeout(timer);
  }, [adopt, initial]);

  // At the end, ask the server whether it really is the end (another tab may have extended).
  useEffect(() => {
    if (deadline === null) return;
    const timer = setTimeout(() => void check().then((answered) => !answered && end()), Math.max(0, deadline - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [deadline, check, end]);

  // Before the warning is due, ask the server whether it still is.
  useEffect(() => {
    if (deadline === null || warning || dismissedRef.current) return;
    const due = deadline - EXPIRY_WARNING_SECONDS * 1000 - Date.now();
    const timer = setTimeout(
      () => {
        void check().then((answered) => {
          // Unreachable server: warn on this browser's own count rather than not at all.
          if (!answered) setWarning(true);
        });
      },
      Math.max(0, due),
    );
    return () => clearTimeout(timer);
  }, [deadline, warning, check]);

  // While warning: count down every second and ask the server now and then.
  useEffect(() => {
    if (deadline === null || !warning) return;
    const tick = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 60 || left === 30 || left === 10) setAnnouncement(`Uw sessie verloopt over ${describe(left)}.`);
    }, 1000);
    const recheck = setInterval(() => void check(), RECHECK_WHILE_WARNING_MS);
    return () => {
      clearInterval(tick);
      clearInterval(recheck);
    };
  }, [deadline, warning, check]);

  // The dialog is modal while it is open: focus goes into it and returns where it was.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) {
      returnFocusRef.current = document.activeElement;
      dialog.showModal();
      setAnnouncement("");
    } else if (!warning && dialog.open) {
      dialog.close();
      if (returnFocusRef.current instanceof HTMLElement) returnFocusRef.current.focus();
    }
  }, [warning]);

  const dismiss = () => {
    dismissedRef.current = true;
    setWarning(false);
  };

  const extend = async () => {
    setExtending(true);
    setProblem(null);
    const answer = await askServer("/api/sessie/verlengen", { method: "POST" });
    setExtending(false);
    if (!answer) return setProblem("Verlengen is niet gelukt: geen verbinding met de server. Probeer het opnieuw.");
    if (answer.ended) return end();
    adopt(answer.status);
    setWarning(answer.status.secondsLeft <= EXPIRY_WARNING_SECONDS);
  };

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="sessie-verloopt-titel"
      aria-describedby="sessie-verloopt-tekst"
      // Says that the countdown runs (it starts once the page is live in the browser); tests wait for it.
      data-aftellen={deadline === null ? undefined : "loopt"}
      // Escape closes a modal dialog; here it means "I have seen it", not "log me out".
      onCancel={(event) => {
        event.preventDefault();
        if (!canExtend) dismiss();
      }}
      className="m-auto max-w-md border-t-4 border-rijks bg-white p-6 shadow-lg backdrop:bg-black/40"
    >
      <h2 id="sessie-verloopt-titel" className="text-xl font-bold text-rijks">
        Uw sessie verloopt bijna
      </h2>
      <p id="sessie-verloopt-tekst" className="mt-3">
        {canExtend ? (
          <>
            U bent een tijd niet actief geweest. Over <strong>{describe(secondsLeft)}</strong> wordt u uitgelogd; niet-opgeslagen wijzigingen worden dan uit
            deze browser verwijderd.
          </>
        ) : (
          <>
            Een sessie duurt ten hoogste 12 uur. Over <strong>{describe(secondsLeft)}</strong> wordt u uitgelogd; sla uw werk nu op en log daarna opnieuw in.
          </>
        )}
      </p>
      <p aria-live="assertive" className="sr-only">
        {announcement}
      </p>
      {problem ? (
        <p role="alert" className="mt-3 border-l-4 border-rood bg-red-50 px-3 py-2 font-bold text-rood">
          {problem}
        </p>
      ) : null}
      <div className="mt-5 flex flex-wrap gap-3">
        {canExtend ? (
          <button
            type="button"
            autoFocus
            disabled={extending}
            onClick={() => void extend()}
            className="bg-rijks px-4 py-2 font-bold text-white hover:bg-rijks-dark disabled:opacity-60"
          >
            {extending ? "Bezig met verlengen…" : "Sessie verlengen"}
          </button>
        ) : (
          <button type="button" autoFocus onClick={dismiss} className="bg-rijks px-4 py-2 font-bold text-white hover:bg-rijks-dark">
            Ik sla mijn werk op
          </button>
        )}
      </div>
    </dialog>
  );
}
