/** The header's word mark: a dark-blue ribbon, as Rijksoverheid headers have, and the name. */
export function Brand() {
  return (
    <div className="flex items-start gap-3">
      <span aria-hidden="true" className="block h-14 w-5 bg-rijks" />
      <span className="pt-1 leading-tight">
        <span className="block text-lg font-bold text-rijks">Notaroute</span>
        <span className="block text-sm text-grijs-5">Beslisnota&apos;s en besluitvorming</span>
      </span>
    </div>
  );
}
