"use client";

// Attached files: upload (checked on the server for type and size), download, remove.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/form";
import { ALLOWED_EXTENSIONS, formatFileSize, MAX_ATTACHMENT_BYTES } from "@/lib/domain/nota/attachment-policy";
import type { AttachmentMeta } from "@/lib/domain/nota/snapshot";
import type { StaleDetails } from "./draft-saver";

interface Props {
  notaId: string;
  attachments: AttachmentMeta[];
  /** Runs a change of the files on the saved version of the nota (see DraftSaver.runExclusive). */
  run: (change: (version: number) => Promise<{ version: number; attachments: AttachmentMeta[] }>) => Promise<void>;
  /** The nota changed elsewhere: load what is there now. */
  onStale: (details: StaleDetails) => void;
}

/** Thrown inside a run to end it without a change; the message is shown. */
class Refused extends Error {}

export function AttachmentsEditor({ notaId, attachments, run, onStale }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(`Het bestand is ${formatFileSize(file.size)}; een bijlage mag hoogstens ${formatFileSize(MAX_ATTACHMENT_BYTES)} zijn.`);
      return;
    }
    setBusy(true);
    await change(async (version) => {
      const form = new FormData();
      form.set("bestand", file);
      form.set("baseVersion", String(version));
      const response = await fetch(`/api/notas/${notaId}/bijlagen`, { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      if (response.status === 409) {
        onStale(body.details);
        throw new Refused("De nota was intussen gewijzigd; de nieuwste versie is geladen. Voeg het bestand opnieuw toe.");
      }
      if (!response.ok) throw new Refused(body.error ?? "Het bestand kon niet worden toegevoegd.");
      return { version: body.version, attachments: [...attachments, body.attachment] };
    }, `${file.name} is toegevoegd.`);
    if (input.current) input.current.value = "";
    setBusy(false);
  }

  async function remove(attachment: AttachmentMeta) {
    if (!window.confirm(`${attachment.fileName} verwijderen uit de nota?`)) return;
    await change(async (version) => {
      const response = await fetch(`/api/notas/${notaId}/bijlagen/${attachment.id}?baseVersion=${version}`, { method: "DELETE" });
      const body = await response.json().catch(() => ({}));
      if (response.status === 409) {
        onStale(body.details);
        throw new Refused("De nota was intussen gewijzigd; de nieuwste versie is geladen. Probeer het opnieuw.");
      }
      if (!response.ok) throw new Refused(body.error ?? "De bijlage kon niet worden verwijderd.");
      return { version: body.version, attachments: attachments.filter((a) => a.id !== attachment.id) };
    }, `${attachment.fileName} is verwijderd.`);
  }

  /** Runs a file change and reports how it went. */
  async function change(request: (version: number) => Promise<{ version: number; attachments: AttachmentMeta[] }>, done: string) {
    setError(null);
    try {
      await run(request);
      setMessage(done);
    } catch (failure) {
      setError(failure instanceof Refused || failure instanceof Error ? failure.message : "Het is niet gelukt. Probeer het opnieuw.");
      if (failure instanceof TypeError) setError("Geen verbinding met de server; er is niets gewijzigd. Probeer het opnieuw.");
    }
  }

  return (
    <div>
      {attachments.length === 0 ? (
        <p className="mb-2 text-grijs-5">Nog geen bestanden bijgevoegd.</p>
      ) : (
        <ul className="mb-3 divide-y divide-grijs-2 border border-grijs-2">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span>
                <a href={`/api/bijlagen/${attachment.id}`}>{attachment.fileName}</a>{" "}
                <span className="text-sm text-grijs-5">({formatFileSize(attachment.size)})</span>
              </span>
              <Button variant="danger" className="text-sm" aria-label={`${attachment.fileName} verwijderen`} onClick={() => void remove(attachment)}>
                Verwijderen
              </Button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor="bijlage-bestand" className="mb-1 block font-bold">
        Bestand toevoegen
      </label>
      <p id="bijlage-bestand-hint" className="mb-1 text-sm text-grijs-5">
        Hoogstens {formatFileSize(MAX_ATTACHMENT_BYTES)}; {ALLOWED_EXTENSIONS.join(", ")}.
      </p>
      <input
        ref={input}
        id="bijlage-bestand"
        type="file"
        disabled={busy}
        accept={ALLOWED_EXTENSIONS.map((extension) => `.${extension}`).join(",")}
        aria-describedby={`bijlage-bestand-hint${error ? " bijlage-bestand-fout" : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
        className="block"
      />
      {busy && <p className="mt-1 text-sm">Bezig met uploaden…</p>}
      {error && (
        <p id="bijlage-bestand-fout" role="alert" className="mt-1 font-bold text-rood">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {message}
      </p>
    </div>
  );
}
