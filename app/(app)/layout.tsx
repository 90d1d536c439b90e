import { SiteHeader } from "@/components/layout/site-header";
import { requireUser } from "@/lib/auth/current-user";
import { inboxCounts } from "@/lib/services/inbox/inbox-counts";
import { SessionExpiryWarning } from "@/components/session/session-expiry-warning";
import { sessionStatus } from "@/lib/auth/session-status";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const counts = await inboxCounts(user);
  const session = sessionStatus(user);
  return (
    <>
      {session ? <SessionExpiryWarning initial={session} /> : null}
      <SiteHeader user={user} counts={counts} />
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-12 border-t-4 border-rijks bg-grijs-1">
        <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-grijs-5">Notaroute · beslisnota&apos;s van opstellen tot verzending aan de Tweede Kamer</div>
      </footer>
    </>
  );
}
