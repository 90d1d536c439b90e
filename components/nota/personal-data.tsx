/** Marks a value as personal data: it is redacted when the nota is published. */
export function PersonalDataMark() {
  return (
    <>
      {" "}
      <abbr title="persoonsgegeven" className="ml-0.5 border border-grijs-5 px-1 align-middle text-[11px] font-bold tracking-wide text-grijs-5 no-underline">
        PG
      </abbr>
      <span className="sr-only"> (persoonsgegeven)</span>
    </>
  );
}

export function PersonalDataLegend() {
  return (
    <p className="mt-2 text-sm text-grijs-5">
      <PersonalDataMark /> persoonsgegeven: wordt bij openbaarmaking gelakt (Woo art. 5.1 lid 2 sub e, eerbiediging van de persoonlijke levenssfeer).
    </p>
  );
}
