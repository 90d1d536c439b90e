// The route on the nota page: the Via chain, each office's decision per point (and whether it
// was given on an earlier version), the outcome, and the steps this user can take now.
import { AT_THE_OFFICES_STATUSES, isIn } from "@/lib/domain/route/status-groups";
import { DiffView } from "@/components/nota/diff-view";
import { InlineRichText } from "@/components/nota/rich-text-view";
import { formatMoment } from "@/lib/domain/dates";
import { DECISION_LABELS } from "@/lib/domain/nota/labels";
import { outcomeText } from "@/lib/domain/route/outcome";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import type { RouteView } from "@/lib/services/route/load-route-view";
import { DecisionForm } from "./decision-form";
import { ReasonForm } from "./reason-form";
import { StepButton } from "./step-button";

export function RoutePanel({ view, reference }: { view: RouteView; reference: string }) {
  const { facts } = view;
  const seen = {
    expectedStatus: facts.status,
    expectedVersion: facts.version,
    expectedRound: facts.routeRound,
    expectedParaafIndex: facts.paraafIndex,
  } as const;
  const has = (action: string) => view.available.includes(action as never);
  const anyDecision = view.matrix.some((row) => row.cells.some((cell) => cell.current || cell.earlier));
  const showDecisions = isIn(AT_THE_OFFICES_STATUSES, facts.status) || anyDecision;
  const lastReturn = facts.status === "TERUGGESTUURD" ? view.returns.at(-1) : undefined;

  return (
    <section aria-labelledby="route-kop" className="mb-8 border border-grijs-2 bg-white p-4">
      <h2 id="route-kop" className="mb-3 text-xl font-bold text-rijks">
        Route
      </h2>

      {lastReturn && (
        <div role="note" className="mb-4 border-l-4 border-rood bg-red-50 px-3 py-2">
          <p className="font-bold">
            Teruggestuurd door {lastReturn.user.name} namens {lastReturn.officeCode} op {formatMoment(lastReturn.createdAt)}
          </p>
          <p>Reden: {lastReturn.reason}</p>
        </div>
      )}

      <div className="mb-4 flex flex-wrap items-start gap-3">
        {has("OFFER") &&
          (view.offerCheck.allowed ? (
            <StepButton
              notaId={facts.id}
              body={{ action: "aanbieden", ...seen }}
              label={facts.viaOfficeIds.length > 0 ? "Aanbieden ter parafering" : "Aanbieden ter beslissing"}
              confirm="De nota gaat de route in en kan daarna niet meer worden bewerkt, tenzij hij wordt teruggestuurd. Doorgaan?"
            />
          ) : (
            <div className="border-l-4 border-geel bg-yellow-50 px-3 py-2">
              <p className="font-bold">Nog niet aan te bieden</p>
              <p>{view.offerCheck.reason}</p>
              {view.missing.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {view.missing.map((issue, index) => (
                    <li key={index}>
                      <a href={`/notas/${encodeURIComponent(reference)}/bewerken#veld-${issue.field.replace(/[^a-zA-Z0-9_-]+/g, "-")}`}>{issue.message}</a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        {has("INITIAL") && (
          <StepButton
            notaId={facts.id}
            body={{ action: "paraferen", ...seen }}
            label={`Paraferen namens ${view.paraafChain[facts.paraafIndex ?? 0]?.code ?? ""}`}
          />
        )}
        {has("RETURN") && (
          <ReasonForm
            notaId={facts.id}
            action="terugsturen"
            {...seen}
            label="Terugsturen"
            hint="De opsteller krijgt de nota terug met uw reden; die komt in het dossier."
            offices={facts.status === "TER_BESLISSING" ? view.actFor : []}
          />
        )}
        {has("WITHDRAW") && (
          <ReasonForm
            notaId={facts.id}
            action="intrekken"
            {...seen}
            label="Intrekken"
            hint="De nota verlaat de route definitief; wie hem in behandeling had, krijgt bericht."
          />
        )}
      </div>
      {view.capacities.includes("kopie") && !view.capacities.includes("kabinet") && (
        <p className="mb-4 border-l-4 border-link bg-lint px-3 py-2">U ontvangt deze nota ter informatie. U besluit er niet over.</p>
      )}

      {view.paraafChain.length > 0 && (
        <section aria-labelledby="paraaf-kop" className="mb-4">
          <h3 id="paraaf-kop" className="font-bold">
            Parafering (Via)
          </h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {view.paraafChain.map((step) => (
              <li key={step.officeId}>
                <abbr title={step.name}>{step.code}</abbr>:{" "}
                {step.state === "done" ? (
                  <>
                    geparafeerd door {step.by} op {formatMoment(step.at!)}
                  </>
                ) : step.state === "current" ? (
                  <strong>aan de beurt</strong>
                ) : (
                  "nog niet"
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {facts.status === "TER_BESLISSING" && view.staleDiff && (
        <section aria-labelledby="gewijzigd-kop" className="mb-4 border-l-4 border-geel bg-yellow-50 p-3">
          <h3 id="gewijzigd-kop" className="font-bold">
            Uw eerdere besluit is gegeven op een eerdere versie
          </h3>
          <p className="mb-2">
            Uw bewindspersoon besliste over versie {view.staleDiff.fromNumber}. Sindsdien is de nota gewijzigd; besluit opnieuw over versie{" "}
            {view.staleDiff.toNumber}. Dit is er veranderd:
          </p>
          <DiffView changes={view.staleDiff.changes} headingLevel={4} />
        </section>
      )}

      {view.decideFor.length > 0 && view.offered && (
        <div className="mb-6">
          <DecisionForm
            key={view.decideFor.map((o) => o.officeId).join(",")}
            notaId={facts.id}
            version={facts.version}
            versionNumber={view.offered.number}
            contentHash={view.offered.contentHash}
            offices={view.decideFor}
            points={view.matrix.map((row) => ({ id: row.pointId, text: row.text as RichTextDoc }))}
          />
        </div>
      )}

      {showDecisions && view.offices.length > 0 && (
        <section aria-labelledby="besluiten-kop">
          <h3 id="besluiten-kop" className="mb-1 font-bold">
            Besluiten per besluitpunt
          </h3>
          <div role="region" aria-label="Tabel met de besluiten" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-rijks text-left">
                  <th scope="col" className="py-1 pr-3">
                    Besluitpunt
                  </th>
                  {view.offices.map((office) => (
                    <th key={office.officeId} scope="col" className="py-1 pr-3">
                      <abbr title={office.name}>{office.code}</abbr>
                    </th>
                  ))}
                  <th scope="col" className="py-1">
                    Uitkomst
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.matrix.map((row, index) => (
                  <tr key={row.pointId} className="border-b border-grijs-2 align-top">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      <span className="font-bold">{index + 1}.</span> <InlineRichText doc={row.text as RichTextDoc} />
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.officeId} className="py-1.5 pr-3">
                        {cell.current ? (
                          <>
                            <span className="font-bold">{DECISION_LABELS[cell.current.decision]}</span>
                            {cell.current.annotation && <span className="block italic">“{cell.current.annotation}”</span>}
                          </>
                        ) : cell.earlier ? (
                          <span className="text-grijs-5">
                            {DECISION_LABELS[cell.earlier.decision]}
                            <span className="block text-xs font-bold uppercase">gegeven op een eerdere versie</span>
                          </span>
                        ) : (
                          <span className="text-grijs-5">nog niet besloten</span>
                        )}
                      </td>
                    ))}
                    <td className="py-1.5 font-bold">{outcomeText(row.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="mt-2 space-y-1 text-sm">
            {view.offices
              .filter((o) => o.current)
              .map((o) => (
                <li key={o.officeId}>
                  <span className="font-bold">{o.code}</span>: vastgelegd door {o.current!.decidedBy.name} namens {o.code}
                  {o.current!.delegation && " (bij vervanging)"} op {formatMoment(o.current!.decidedAt)}
                  {o.current!.note && <span className="block italic">Aantekening: “{o.current!.note}”</span>}
                </li>
              ))}
          </ul>
        </section>
      )}

      {view.copyOffices.length > 0 && <p className="mt-3 text-sm">Ter informatie (kopie): {view.copyOffices.map((o) => o.code).join(", ")}</p>}
    </section>
  );
}
