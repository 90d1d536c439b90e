import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, like every page: its scripts need the request's CSP nonce.
  await connection();
  return (
    <main id="inhoud" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-rijks">Niet gevonden</h1>
      <p className="mb-4">Deze pagina of nota bestaat niet, of u hebt geen toegang tot deze nota.</p>
      <p>
        <Link href="/notas">Naar het overzicht van nota&apos;s</Link>
      </p>
    </main>
  );
}
