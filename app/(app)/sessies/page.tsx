import type { Metadata } from "next";
import { RowActionButton } from "@/components/ui/row-action-button";
import { requireUser } from "@/lib/auth/current-user";
import { formatMoment } from "@/lib/domain/dates";
import { listSessions } from "@/lib/services/sessions/sessions";
import { OwnSessionsForm } from "@/components/sessions/own-sessions-form";
import { endOwnSessionsAction, endSessionAction } from "./actions";

export const metadata: Metadata = { title: "Sessies" };

type Session = Awaited<ReturnType<typeof listSessions>>["own"][number];

/** "Firefox op Windows" from a user agent: enough to recognise a device, nothing more. */
function device(userAgent: string | null): string {
  if (!userAgent) return "onbekend apparaat";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "een browser";
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /Mac OS X/.test(userAgent)
      ? "macOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /iPhone|iPad/.test(userAgent)
          ? "iOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return system ? `${browser} op ${system}` : browser;
}

/** Beheer's view of everyone's sessions: each other person's can be ended at once. */
function SessionTable({ caption, sessions, currentUserId, showPerson }: { caption: string; sessions: Session[]; currentUserId: string; showPerson: boolean }) {
  return (
    <table className="mt-2 w-full max-w-4xl border-collapse text-sm">
      <caption className="mb-1 text-left text-lg font-bold text-rijks">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-rijks text-left">
          {showPerson && (
            <th scope="col" className="py-1 pr-3">
              Persoon
            </th>
          )}
          <th scope="col" className="py-1 pr-3">
            Apparaat
          </th>
          <th scope="col" className="py-1 pr-3">
            Ingelogd
          </th>
          <th scope="col" className="py-1 pr-3">
            Verloopt uiterlijk
          </th>
          <th scope="col" className="py-1 pr-3">
            IP-adres
          </th>
          <th scope="col" className="py-1">
            <span className="sr-only">Actie</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => {
          const description = `${showPerson ? `${s.user.name}, ` : ""}${device(s.userAgent)}, ingelogd ${formatMoment(s.createdAt)}`;
          return (
            <tr key={s.id} className="border-b border-grijs-2 align-top">
              {showPerson && <td className="py-1.5 pr-3">{s.user.name}</td>}
              <td className="py-1.5 pr-3">{device(s.userAgent)}</td>
              <td className="py-1.5 pr-3">{formatMoment(s.createdAt)}</td>
              <td className="py-1.5 pr-3">{formatMoment(s.expiresAt)}</td>
              <td className="py-1.5 pr-3">{s.ip ?? "onbekend"}</td>
              <td className="py-1.5">
                {s.user.id === currentUserId ? (
                  <span className="text-grijs-5">Uw eigen: zie hierboven</span>
                ) : (
                  <RowActionButton
                    action={endSessionAction}
                    field={["sessionId", s.id]}
                    label="Beëindigen"
                    accessibleName={`Sessie ${description} beëindigen`}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The person's own sessions (ended with the password again), and for beheer everyone's. */
export default async function SessionsPage() {
  const user = await requireUser();
  const { own, everyone } = await listSessions(user);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-rijks">Sessies</h1>
      <p className="mb-6 max-w-3xl">
        Waar u nu bent ingelogd. Herkent u een sessie niet, beëindig die dan: wie haar gebruikt, is bij de volgende klik uitgelogd.
      </p>
      <OwnSessionsForm
        action={endOwnSessionsAction}
        sessions={own.map((s) => ({
          id: s.id,
          device: device(s.userAgent),
          loggedIn: formatMoment(s.createdAt),
          endsAt: formatMoment(s.expiresAt),
          ip: s.ip ?? "onbekend",
          current: s.id === user.sessionId,
        }))}
      />
      {everyone && (
        <div className="mt-10">
          <SessionTable caption="Alle actieve sessies (beheer)" sessions={everyone} currentUserId={user.id} showPerson />
        </div>
      )}
    </>
  );
}
