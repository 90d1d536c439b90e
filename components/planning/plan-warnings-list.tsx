// What does not fit in a nota's planning, errors first; shown on the nota, in the editor and
// on the dashboard alike.
import type { PlanWarning } from "@/lib/domain/planning";

export function PlanWarningsList({ warnings, headingLevel = 3 }: { warnings: readonly PlanWarning[]; headingLevel?: 2 | 3 | 4 }) {
  if (warnings.length === 0) return null;
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const errors = warnings.some((w) => w.severity === "fout");
  return (
    <div className={`mb-4 border-l-4 p-3 ${errors ? "border-rood bg-red-50" : "border-geel bg-yellow-50"}`}>
      <Heading className="mb-1 font-bold">{errors ? "De planning klopt niet" : "Let op de planning"}</Heading>
      <ul className="list-disc pl-5">
        {warnings.map((w, index) => (
          <li key={`${w.code}-${w.field ?? ""}-${index}`}>
            <strong>{w.severity === "fout" ? "Fout: " : "Let op: "}</strong>
            {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
