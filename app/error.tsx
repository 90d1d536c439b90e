"use client";

// Shown when a page fails on the server: a Dutch message, never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-rijks">Er ging iets mis</h1>
      <p className="mb-4">
        De pagina kon niet worden geladen. Er is niets verloren gegaan van wat al was opgeslagen. Probeer het opnieuw; blijft het misgaan, meld dan de foutcode
        aan de servicedesk.
      </p>
      {error.digest && <p className="mb-4 font-mono text-sm">Foutcode: {error.digest}</p>}
      <button type="button" onClick={reset} className="bg-rijks px-4 py-2 font-bold text-white hover:bg-rijks-dark">
        Opnieuw proberen
      </button>
    </main>
  );
}
