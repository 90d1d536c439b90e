const link = "inline-block border border-rijks bg-white px-3 py-1.5 font-bold text-rijks no-underline hover:bg-lint";
const smallLink = "inline-block border border-grijs-5 bg-white px-2 py-1 no-underline hover:bg-lint";

type Format = "docx" | "pdf" | "json";
const FORMAT_LABELS: Record<Format, string> = { docx: "Word (DOCX)", pdf: "PDF", json: "Metadata (JSON)" };

const PUBLICATIONS = [
  { kind: "kamerstuk", label: "Bij Kamerstuk", help: "Persoonsgegevens vervangen door 5.1.2e; besluiten en annotaties opgenomen.", needsDecision: true },
  { kind: "woo", label: "Woo-verzoek", help: "Persoonsgegevens en elke gemarkeerde passage vervangen door de Woo-grond.", needsDecision: false },
] as const;

/** The nota as a file, in its own layout; with the offices' decisions once it is besloten; and its publication versions. */
export function DocumentDownloads({ notaId, decided, hasAnnex }: { notaId: string; decided: boolean; hasAnnex: boolean }) {
  const href = (format: Format, options: { decisions?: boolean; publication?: string; annex?: boolean } = {}) =>
    `/api/notas/${notaId}/document?formaat=${format}${options.decisions ? "&besluiten=ja" : ""}${options.publication ? `&publicatie=${options.publication}` : ""}${options.annex ? "&deel=bijlage" : ""}`;
  const variants = decided ? [false, true] : [false];
  return (
    <section aria-labelledby="downloaden" className="mb-4">
      <h2 id="downloaden" className="sr-only">
        Downloaden
      </h2>
      <ul className="flex flex-wrap gap-2">
        {variants.flatMap((decisions) =>
          (["docx", "pdf"] as const).map((format) => (
            <li key={`${format}-${decisions}`}>
              <a href={href(format, { decisions })} download className={link}>
                {FORMAT_LABELS[format]}
                {decisions ? " met besluiten" : ""}
                <span className="sr-only"> downloaden</span>
              </a>
            </li>
          )),
        )}
        {hasAnnex &&
          (["docx", "pdf"] as const).map((format) => (
            <li key={`bijlage-${format}`}>
              <a href={href(format, { annex: true })} download className={link}>
                Bijlage bij de Kamerbrief ({format === "docx" ? "DOCX" : "PDF"})<span className="sr-only"> downloaden</span>
              </a>
            </li>
          ))}
      </ul>
      <details className="mt-2">
        <summary className="cursor-pointer font-bold text-rijks">Publicatieversies (Woo)</summary>
        <div className="mt-2 space-y-3 border-l-2 border-grijs-2 pl-4">
          {PUBLICATIONS.filter((p) => decided || !p.needsDecision).map((publication) => (
            <div key={publication.kind}>
              <h3 id={`publicatie-${publication.kind}`} className="font-bold">
                {publication.label}
              </h3>
              <p className="text-sm text-grijs-5">{publication.help}</p>
              <ul aria-labelledby={`publicatie-${publication.kind}`} className="mt-1 flex flex-wrap gap-2 text-sm">
                {(["pdf", "docx", "json"] as const).map((format) => (
                  <li key={format}>
                    <a href={href(format, { publication: publication.kind })} download className={smallLink}>
                      {FORMAT_LABELS[format]}
                      <span className="sr-only"> van de versie {publication.label.toLowerCase()} downloaden</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {!decided && <p className="text-sm text-grijs-5">De versie bij Kamerstuk komt beschikbaar zodra alle bewindspersonen hebben besloten.</p>}
        </div>
      </details>
    </section>
  );
}
