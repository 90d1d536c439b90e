import { formatDate } from "@/lib/domain/dates";
import { FIELD_LABELS, MARKING_LABELS, PARTY_ROLE_LABELS, PARTY_ROLES } from "@/lib/domain/nota/labels";
import type { ReadableNota } from "@/lib/services/nota/load-nota";
import { NotSet } from "./not-set";
import { PersonalDataLegend, PersonalDataMark } from "./personal-data";

type Party = ReadableNota["parties"][number];

function PartyName({ party }: { party: Party }) {
  return (
    <>
      {party.office && <abbr title={party.office.name}>{party.office.code}</abbr>}
      {party.office && party.text && ", "}
      {party.text}
      {party.personalData && <PersonalDataMark />}
    </>
  );
}

/** "M en R", "A, B en C": entries as the nota writes them. */
function PartyList({ parties }: { parties: Party[] }) {
  if (parties.length === 0) return <NotSet />;
  return (
    <>
      {parties.map((party, index) => (
        <span key={party.id}>
          {index > 0 && (index === parties.length - 1 ? " en " : "; ")}
          <PartyName party={party} />
        </span>
      ))}
    </>
  );
}

/** The head of the nota: marking and addressees on the left, the reference column on the right. */
export function NotaHeaderBlock({ nota }: { nota: ReadableNota }) {
  const hasPersonalData = nota.drafterName !== null || nota.parties.some((p) => p.personalData);
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_15rem]">
      <div>
        <p className="mb-4 font-bold uppercase tracking-wide">{MARKING_LABELS[nota.marking]}</p>
        <dl className="grid grid-cols-[8.5rem_1fr] gap-x-4 gap-y-1">
          {PARTY_ROLES.map((role) => (
            <div key={role} className="contents">
              <dt className="font-bold">{PARTY_ROLE_LABELS[role]}</dt>
              <dd>
                <PartyList parties={nota.parties.filter((p) => p.role === role)} />
              </dd>
            </div>
          ))}
        </dl>
        {hasPersonalData && <PersonalDataLegend />}
      </div>
      <aside aria-label="Referentiegegevens" className="border-l-2 border-grijs-2 pl-4 text-sm">
        <dl className="space-y-2">
          <RefField label={FIELD_LABELS.date}>{formatDate(nota.date)}</RefField>
          <RefField label={FIELD_LABELS.reference}>{nota.reference}</RefField>
          <RefField label={FIELD_LABELS.drafterName}>
            {nota.drafterName ? (
              <>
                {nota.drafterName}
                <PersonalDataMark />
              </>
            ) : (
              <NotSet />
            )}
          </RefField>
          <RefField label={FIELD_LABELS.plannedDate}>{nota.plannedDate ? formatDate(nota.plannedDate) : <NotSet />}</RefField>
          <RefField label={FIELD_LABELS.kamerDeadline}>{nota.kamerDeadline ? formatDate(nota.kamerDeadline) : <NotSet />}</RefField>
        </dl>
      </aside>
    </div>
  );
}

function RefField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
