/** The <option>s of an office or unit choice: "DVB – Directie Veiligheidsbeleid". */
export function OfficeOptions({ offices }: { offices: ReadonlyArray<{ id: string; code: string; name: string }> }) {
  return (
    <>
      {offices.map((office) => (
        <option key={office.id} value={office.id}>
          {office.code} – {office.name}
        </option>
      ))}
    </>
  );
}
