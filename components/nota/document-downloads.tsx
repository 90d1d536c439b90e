const link = "inline-block border border-rijks bg-white px-3 py-1.5 font-bold text-rijks no-underline hover:bg-lint";

/** The nota as a file, in its own layout; with the offices' decisions once it is besloten. */
export function DocumentDownloads({ notaId, withDecisions }: { notaId: string; withDecisions: boolean }) {
  const href = (format: "docx" | "pdf", decisions: boolean) => `/api/notas/${notaId}/document?formaat=${format}${decisions ? "&besluiten=ja" : ""}`;
  const variants = withDecisions ? [false, true] : [false];
  return (
    <section aria-labelledby="downloaden" className="mb-4">
      <h2 id="downloaden" className="sr-only">
        Downloaden
      </h2>
      <ul className="flex flex-wrap gap-2">
        {variants.flatMap((decisions) =>
          (["docx", "pdf"] as const).map((format) => (
            <li key={`${format}-${decisions}`}>
              <a href={href(format, decisions)} download className={link}>
                {format === "docx" ? "Word (DOCX)" : "PDF"}
                {decisions ? " met besluiten" : ""}
                <span className="sr-only"> downloaden</span>
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
