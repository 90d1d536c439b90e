import Link from "next/link";

export default function NotaNotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-rijks">Nota niet gevonden</h1>
      <p className="mb-4">Deze nota bestaat niet, of u hebt er geen toegang toe.</p>
      <p>
        <Link href="/notas">Naar het overzicht van nota&apos;s</Link>
      </p>
    </>
  );
}
