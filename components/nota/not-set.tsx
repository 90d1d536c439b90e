/** An empty field: a dash for the eye, words for a screen reader. */
export function NotSet({ label = "niet ingevuld" }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">{label}</span>
    </>
  );
}
