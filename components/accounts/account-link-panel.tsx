"use client";

// A password link, shown once, with a button that copies it. Notaroute sends no e-mail, and the
// panel says so: beheer passes the link on itself.
import { useId, useRef, useState } from "react";
import { Button, inputClass } from "@/components/ui/form";
import type { IssuedLinkView } from "./account-link-state";

export function AccountLinkPanel({ link }: { link: IssuedLinkView }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied("De link is gekopieerd.");
    } catch {
      // No clipboard (an old browser, or permission refused): select the text so Ctrl+C works.
      input.current?.select();
      setCopied("Kopiëren lukte niet automatisch. De link is geselecteerd: kopieer hem met Ctrl+C.");
    }
  };

  return (
    <section aria-labelledby={`${id}-kop`} className="mt-4 border-l-4 border-groen bg-green-50 px-4 py-3">
      <h3 id={`${id}-kop`} className="font-bold text-groen">
        {link.kindLabel}: link voor {link.personName}
      </h3>
      <p className="mb-2 text-sm">
        Notaroute verstuurt geen e-mail. Geef deze link zelf aan {link.personName}, langs een veilige weg (bijvoorbeeld een bericht binnen de organisatie). De
        link werkt één keer, is geldig tot {link.expires} en wordt hierna <strong>niet meer getoond</strong>; een nieuwe link maakt deze ongeldig.
      </p>
      <label htmlFor={`${id}-link`} className="mb-1 block font-bold">
        Link om een wachtwoord in te stellen
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={`${id}-link`}
          type="text"
          readOnly
          value={link.url}
          className={`${inputClass} max-w-2xl font-mono text-sm`}
          onFocus={(e) => e.target.select()}
        />
        <Button onClick={copy}>Link kopiëren</Button>
      </div>
      <p role="status" className="mt-1 text-sm text-groen">
        {copied}
      </p>
    </section>
  );
}
