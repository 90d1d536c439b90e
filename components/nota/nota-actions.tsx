import Link from "next/link";

const linkButton = "inline-block border px-3 py-1.5 font-bold no-underline";

/** What the reader can do next with this nota. */
export function NotaActions({ reference, canEdit }: { reference: string; canEdit: boolean }) {
  const href = `/notas/${encodeURIComponent(reference)}`;
  return (
    <div className="mb-4 flex flex-wrap gap-2">
      {canEdit && (
        <Link href={`${href}/bewerken`} className={`${linkButton} border-rijks bg-rijks text-white hover:bg-rijks-dark hover:text-white`}>
          Bewerken
        </Link>
      )}
      <Link href={`${href}/versies`} className={`${linkButton} border-rijks bg-white text-rijks hover:bg-lint`}>
        Versies en verschillen
      </Link>
    </div>
  );
}
