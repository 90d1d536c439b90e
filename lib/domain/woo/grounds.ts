// The grounds of the Wet open overheid (Woo) on which information is withheld from publication,
// with the code and the words a published document prints in place of the passage. A drafter
// or reviewer marks a passage with one of these in the editor; the publication versions replace it.
export const WOO_GROUNDS = [
  { code: "5.1.1a", label: "Eenheid van de Kroon" },
  { code: "5.1.1b", label: "Veiligheid van de Staat" },
  { code: "5.1.1c", label: "Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens" },
  { code: "5.1.1d", label: "Bijzondere persoonsgegevens" },
  { code: "5.1.1e", label: "Nationale identificatienummers" },
  { code: "5.1.2a", label: "Internationale betrekkingen" },
  { code: "5.1.2b", label: "Economische of financiële belangen van de Staat" },
  { code: "5.1.2c", label: "Opsporing en vervolging van strafbare feiten" },
  { code: "5.1.2d", label: "Inspectie, controle en toezicht door bestuursorganen" },
  { code: "5.1.2e", label: "Eerbiediging van de persoonlijke levenssfeer" },
  { code: "5.1.2f", label: "Concurrentiegevoelige bedrijfs- en fabricagegegevens" },
  { code: "5.1.2g", label: "Bescherming van het milieu" },
  { code: "5.1.2h", label: "Beveiliging van personen en bedrijven en het voorkomen van sabotage" },
  { code: "5.1.2i", label: "Het goed functioneren van de Staat" },
  { code: "5.1.5", label: "Onevenredige benadeling" },
  { code: "5.2", label: "Persoonlijke beleidsopvattingen" },
] as const;

export type WooGroundCode = (typeof WOO_GROUNDS)[number]["code"];
export const WOO_GROUND_CODES = WOO_GROUNDS.map((g) => g.code) as [WooGroundCode, ...WooGroundCode[]];

const LABELS = new Map<string, string>(WOO_GROUNDS.map((g) => [g.code, g.label]));

/** "5.1.2e Eerbiediging van de persoonlijke levenssfeer": what a publication prints instead of the passage. */
export function groundText(code: WooGroundCode): string {
  return `${code} ${LABELS.get(code)}`;
}

/** Personal data: what the version bij Kamerstuk also withholds (the others it publishes). */
export const PERSONAL_DATA_GROUNDS: readonly WooGroundCode[] = ["5.1.1d", "5.1.1e", "5.1.2e"];
export const PERSONAL_DATA_GROUND: WooGroundCode = "5.1.2e";
