// The example nota BZ2410641 ("Toekomst en samenhang Nederlandse inzet missies en
// operaties 2025-2028", 13 februari 2025) as structured content, bullet for bullet as in
// beslisnota-BZ2410641.md. The fields that the published version redacted ("Bescherming
// persoonlijke levenssfeer") carry invented demo values, marked as personal data.
// The margin repetitions of the original (a second "Datum: 20 januari 2025" on later pages)
// are not content: the nota has one Datum and every page prints it.
import { randomUUID } from "node:crypto";
import { bullets, doc, item, numbered, paragraph } from "@/lib/domain/rich-text/build";
import { emptyBijdrage } from "@/lib/domain/nota/bijdrage";
import type { BijdrageContent, KaderContent, NotaContent } from "@/lib/domain/nota/content-schema";
import type { DemoOfficeCode } from "./demo-offices";

export const EXAMPLE_REFERENCE = "BZ2410641";

type BijdrageInput = Partial<Omit<BijdrageContent, "id" | "name">> & { name: string };

function bijdrage(input: BijdrageInput): BijdrageContent {
  return emptyBijdrage(randomUUID(), input);
}

function kader(region: string, ...entries: BijdrageInput[]): KaderContent {
  return { id: randomUUID(), region, termStart: null, termEnd: null, bijdragen: entries.map(bijdrage) };
}

const beeindigingEnAfschaling = (): KaderContent[] => [
  kader(
    "Midden-Oosten",
    {
      name: "NAVO-Missie in Irak",
      acronym: "NMI",
      framework: "NAVO",
      personnelBefore: 145,
      personnelAfter: 20,
      personnelAfterCirca: true,
      contribution: "force protection compagnie; daarna adviseurs",
    },
    {
      name: "Nederlandse bijdrage aan de NAVO-Missie in Irak en Operation Inherent Resolve",
      acronym: "NMI/OIR",
      personnelBefore: 120,
      personnelAfter: 25,
      personnelAfterCirca: true,
      contribution: "3 Chinook-transporthelikopters",
    },
  ),
  kader("Sahel", {
    name: "Missies in de Sahel",
    contribution: "Geen grootschalige inzet meer",
    remark:
      "Onder het vorige kabinet diverse bijdragen aan missies in de Sahel, waaronder vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel Niger.",
  }),
  kader(
    "Kleinschalige bijdragen",
    { name: "United Nations Mission in South Sudan", acronym: "UNMISS", framework: "VN", personnelBefore: 2, personnelAfter: 0 },
    {
      name: "European Union Capacity Building Mission in Somalië",
      acronym: "EUCAP",
      framework: "EU",
      personnelBefore: 8,
      personnelAfter: 6,
    },
    {
      name: "Anti-piraterij-operatie European Union Naval Force Atalanta",
      acronym: "EUNAVFOR",
      framework: "EU",
      personnelBefore: 3,
      personnelAfter: 2,
    },
  ),
];

const nieuweBijdragen = (): KaderContent[] => [
  kader(
    "Europa",
    { name: "NAVO missie in Kosovo", acronym: "KFOR", framework: "NAVO", location: "Kosovo", personnelAfter: 1 },
    {
      name: "Veldkantoren Organisatie voor Veiligheid en Samenwerking in Europa",
      acronym: "OVSE",
      framework: "OVSE",
      verkenning: true,
    },
  ),
  kader("Midden-Oosten", {
    name: "Steun aan de Lebanese Armed Forces",
    acronym: "LAF",
    framework: "BILATERAL",
    verkenning: true,
  }),
  kader("Rode Zee regio", {
    name: "Luchttanker capaciteit t.b.v. operaties in de Rode Zee regio",
    contribution: "Luchttankercapaciteit",
    verkenning: true,
  }),
  kader(
    "Indo-Pacific",
    { name: "Maritieme aanwezigheid door middel van een schip in de regio", contribution: "Een schip", verkenning: true },
    { name: "Additionele militaire aanwezigheid, zoals zichtbare oefeningen", verkenning: true },
    { name: "United Nations Command", acronym: "UNC", framework: "VN", location: "Zuid-Korea", personnelAfter: 3, personnelAfterCirca: true },
    {
      name: "Pacific Security Maritime Exchange/Enforcement Coordination Cell",
      acronym: "PSMX/ECC",
      framework: "COALITION",
      location: "Japan",
      personnelAfter: 1,
      personnelAfterCirca: true,
    },
  ),
  kader("West-Afrika", {
    name: "European Union Security and Defense Initiative Gulf of Guinea",
    acronym: "EU SDI GoG",
    framework: "EU",
    location: "Brussel/regio",
    personnelAfter: 20,
    personnelAfterCirca: true,
    modulair: true,
  }),
  kader("Colombia", { name: "Special Liaison Element", acronym: "SOLE", framework: "BILATERAL" }),
];

const voortzetting = (): KaderContent[] => [
  kader(
    "Europa",
    {
      name: "EUFOR Althea",
      framework: "EU",
      location: "Bosnië en Herzegovina",
      personnelAfter: 195,
      personnelAfterCirca: true,
      contribution: "Een infanteriecompagnie, Human Intelligence Team (HUMINT) en stafofficieren",
      verkenning: true,
    },
    { name: "European Union Rule of Law missie", acronym: "EULEX", framework: "EU", location: "Kosovo", personnelAfter: 15, personnelAfterCirca: true },
    {
      name: "European Union Partnership Mission Moldavië",
      acronym: "EUPM",
      framework: "EU",
      location: "Moldavië",
      personnelBefore: 5,
      personnelAfter: 10,
      personnelAfterCirca: true,
      uitbreiding: true,
    },
    { name: "European Union Border Assistance Mission Moldavië", acronym: "EUBAM", framework: "EU", personnelAfter: 5, personnelAfterCirca: true },
    {
      name: "European Union Mission Armenië",
      acronym: "EUMA",
      framework: "EU",
      location: "Armenië",
      personnelBefore: 10,
      personnelAfter: 15,
      personnelAfterCirca: true,
      uitbreiding: true,
    },
    { name: "European Union Monitoring Mission Georgië", acronym: "EUMM", framework: "EU", location: "Georgië", personnelAfter: 15, personnelAfterCirca: true },
  ),
  kader(
    "Midden-Oosten",
    {
      name: "Operatie Inherent Resolve, Irak",
      acronym: "OIR",
      framework: "COALITION",
      location: "Irak",
      personnelAfter: 20,
      personnelAfterCirca: true,
      contribution: "Trainers en adviseurs",
    },
    { name: "EU Adviesmissie Irak", acronym: "EUAM", framework: "EU", personnelAfter: 7, personnelAfterCirca: true },
    {
      name: "Ministry of Peshmerga Affairs, Koerdische Autonome Regio (KAR)",
      acronym: "MoPA",
      framework: "BILATERAL",
      personnelAfter: 1,
    },
    {
      name: "Office of Security Coordination for Israel and the Palestinian Authority",
      acronym: "OSC",
      location: "Israël/Palestijnse Gebieden",
      personnelAfter: 7,
      personnelAfterCirca: true,
    },
    {
      name: "European Union Police Coordinating Office for Palestinian Police Support",
      acronym: "EUPOL COPPS",
      framework: "EU",
      personnelAfter: 5,
      personnelAfterCirca: true,
    },
    { name: "United Nations Truce Supervision Organization", acronym: "UNTSO", framework: "VN", personnelAfter: 12, personnelAfterCirca: true },
    { name: "United Nations Interim Force in Lebanon", acronym: "UNIFIL", framework: "VN", location: "Libanon", personnelAfter: 1 },
    { name: "Special Liaison Element", acronym: "SOLE", framework: "BILATERAL" },
  ),
  kader(
    "Rode Zee",
    { name: "Inzet van een marineschip op later moment, incl. personeel", contribution: "Een marineschip, incl. personeel", verkenning: true },
    {
      name: "Operation Poseidon Archer",
      acronym: "OPA",
      framework: "COALITION",
      location: "Qatar",
      personnelAfter: 1,
      contribution: "Niet-operationele stafofficier",
    },
    { name: "Combined Maritime Forces", acronym: "CMF", framework: "COALITION", location: "Bahrein", personnelAfter: 5, personnelAfterCirca: true },
    { name: "EUNAVFOR operatie Aspides", framework: "EU", location: "Griekenland/OHQ", personnelAfter: 10, personnelAfterCirca: true },
  ),
  kader(
    "Sahel en West-Afrika",
    {
      name: "European Union Capacity Building Mission Sahel Mali",
      acronym: "EUCAP",
      framework: "EU",
      location: "Mali",
      personnelAfter: 7,
      personnelAfterCirca: true,
    },
    { name: "Special Liaison Element", acronym: "SOLE", framework: "BILATERAL", location: "Ivoorkust" },
  ),
  kader(
    "Kleinschalige bijdragen",
    {
      name: "European Union Border Assistance Mission Libië",
      acronym: "EUBAM",
      framework: "EU",
      location: "Libië",
      personnelAfter: 5,
      personnelAfterCirca: true,
    },
    { name: "United Nations Support Mission in Libya", acronym: "UNSMIL", framework: "VN", location: "Libië", personnelAfter: 2, personnelAfterCirca: true },
    { name: "European Union Training Mission Somalië", acronym: "EUTM", framework: "EU", location: "Somalië", personnelAfter: 1 },
  ),
];

export function exampleNotaContent(office: Record<DemoOfficeCode, string>): NotaContent {
  const personal = (code: DemoOfficeCode, text: string) => ({ officeId: office[code], text, personalData: true });
  return {
    marking: "TER_BESLISSING",
    classification: "ONGERUBRICEERD",
    title: "Toekomst en samenhang Nederlandse inzet missies en operaties 2025-2028",
    date: "2025-02-13",
    drafterName: "Sanne de Vries",
    plannedDate: null,
    kamerDeadline: "2025-03-31",
    ownerOfficeId: office.DVB,
    parties: {
      AAN: [
        { officeId: office.M, text: null, personalData: false },
        { officeId: office.R, text: null, personalData: false },
      ],
      VAN: [personal("DVB", "Marloes Kuipers")],
      VIA: [personal("DGPZ", "Hanna Bakker"), personal("SG", "Joost van Leeuwen")],
      KOPIE_AAN: [personal("DMM", "Lotte Jansen")],
      AFGESTEMD_MET: [
        personal("DSH", "Ruud Hendriks"),
        { officeId: null, text: "Defensie/DGB, Karin Bos", personalData: true },
        { officeId: null, text: "JenV/DGRR, Mehmet Yilmaz", personalData: true },
      ],
    },
    recipients: {
      besluit: [office.M, office.R, office.MinDEF, office.MinJenV],
      informatie: [office.MinAenM, office.StasDEF],
    },
    aanleiding: doc(
      bullets(
        "Tijdens de introductiebriefing missies en operaties (13 september 2024) met M, R en MinDEF is besloten tot het opstellen van een samenghangbrief inzake Nederlandse inzet t.a.v. missies en operaties in de periode 2025 tot en met medio 2028.",
        "Toezegging aan de Kamer tijdens het CD missies en operaties (22 oktober 2024) om deze brief uiterlijk in Q1 2025 te verzenden.",
      ),
    ),
    decisionPoints: [
      "Akkoord gaan met de voorgestelde nationale kaders, op dit moment bezien, voor de Nederlandse bijdragen aan internationale missies en operaties;",
      "Akkoord gaan met de inhoud van bijgevoegde concept Kamerbrief en bijlage bij die brief.",
    ].map((text) => ({ id: randomUUID(), text: doc(paragraph(text)) })),
    remarks: [
      "Voorliggende beslisnota en conceptbrief liggen parallel voor aan MinDEF en MinJenV, met kopie ter informatie aan MinAenM en StasDEF.",
      "Na akkoord van betrokken ministers wordt bijgevoegde conceptbrief, incl. bijlage, aan de RDINEV (en MR) aangeboden. U ontvangt separaat een aanbiedingsnota, na eventuele aanpassingen op de brief.",
    ].map((text) => ({ id: randomUUID(), body: doc(paragraph(text)) })),
    kern: [
      {
        id: randomUUID(),
        title: "Uitgangspunten brief",
        body: doc(
          bullets(
            "Het uitzenden van Nederlands veiligheidspersoneel naar het buitenland is een grote verantwoordelijkheid die het kabinet uitermate serieus neemt. Het kabinet kiest daarbij een andere benadering dan voorgaande kabinetten en stelt het Nederlandse belang centraal.",
            "We zetten bijdragen aan missies en operaties in om concrete belangen en waarden te verdedigen tegen ondermijning en destabilisatie. En soms zijn bijdragen van nut om een voet tussen de deur te houden, potentiële partners voortijdig te beïnvloeden en te voorkomen dat een situatie ontstaat waarin onze belangen kunnen worden bedreigd.",
            "Realisme blijft op zijn plaats. De context van missies en operaties is altijd weerbarstig. De resultaten van inzet zijn sterk afhankelijk van welwillendheid van regeringen en andere partners ter plaatse en de internationale coalitie waarin we opereren. Nederland kan aan zo'n internationale coalitie (bijvoorbeeld een NAVO-, EU- of VN-missie of een *coalition of the willing*) een waardevolle bijdrage leveren, maar qua omvang is die relatief gezien doorgaans ook bescheiden.",
            item(
              "Het kabinet hecht er zeer aan dat missies en operaties concreet bijdragen aan het Nederlands belang. Om die reden prioriteert het kabinet missies en operaties die bijdragen aan de volgende Nederlandse belangen:",
              numbered(
                "i",
                "de veiligheid van Nederland;",
                "positionering als betrouwbare bondgenoot;",
                "economische veiligheid van Nederland;",
                "het tegengaan van irreguliere migratie en het versterken van grensbeheer;",
                "het bestrijden van grensoverschrijdende criminaliteit;",
                "gereedstelling en geoefendheid van de krijgsmacht.",
              ),
            ),
            "Deze prioritering reflecteert tevens de uitgangspunten van de (aankomende) Beleidsbrief Ontwikkelingshulp, waar de samenhangbrief naar verwijst. Ook benoemen beide brieven het belang van samenhang in de interdepartementale inzet voor veiligheid en stabiliteit.",
          ),
        ),
      },
      {
        id: randomUUID(),
        title: "Voorgenomen Nederlandse bijdragen (nationale kaders)",
        body: doc(
          bullets(
            item(
              "Vanuit geformuleerde Nederlandse belangen is gekomen tot de volgende (geografische) inzetgebieden, binnen zowel NAVO, EU, VN als ook ad hoc verband (*noot: inzet aan de NAVO-oostflank, incl. OEK, is in deze brief buiten beschouwing gelaten. TK wordt hieromtrent regelmatig via andere brieven geïnformeerd*):",
              bullets(
                "Europa (Westelijke Balkan, Moldavië en Armenië/Zuidelijke Kaukasus);",
                "Midden-Oosten;",
                "Rode Zee;",
                "Indo-Pacific;",
                "Sahel en West-Afrika;",
                "Kleinschalige missiebijdragen.",
              ),
            ),
            "Generieke looptijd voor de verschillende nationale kaders: van 2025 (datum verzending Samenhangbrief of waar van toepassing) tot en met juni 2028. Waar looptijden afwijken, staat dit in de brief benoemd.",
          ),
        ),
      },
      {
        id: randomUUID(),
        title: "Verantwoording",
        body: doc(
          bullets(
            "Waar nodig en relevant wordt de Kamer geïnformeerd over de voortgang van de verschillende (bijdragen aan) missies en operaties. Dat geldt in ieder geval voor de artikel-100 Toetsingskaderplichtige inzet en bijdragen waar in ieder geval ook sprake is van militaire inzet (bv. EUFOR Althea). Dat gebeurt tenminste een maal per jaar via de Voortgangsrapportages (derde woensdag van mei).",
            "Bij afronding van artikel-100 Toetsingskaderplichtige wordt voorzien in een onafhankelijke evaluatie.",
          ),
        ),
      },
    ],
    timeline: [
      { id: randomUUID(), date: "2025-04-01", description: "RDINEV" },
      { id: randomUUID(), date: "2025-04-04", description: "MR en verzending aan TK" },
    ],
    annex: {
      title: "Nationale Kaders",
      note: doc(paragraph("*Nb. Evt. ontwikkelingen kunnen nopen tot hernieuwde weging/voorstellen.*")),
      categories: [
        {
          id: randomUUID(),
          kind: "BEEINDIGING_AFSCHALING",
          title: "Te beëindigen en afschaling nationale kaders (recent en op korte termijn)",
          kaders: beeindigingEnAfschaling(),
        },
        { id: randomUUID(), kind: "NIEUW", title: "Nieuwe (voorzien) bijdragen", kaders: nieuweBijdragen() },
        {
          id: randomUUID(),
          kind: "VOORTZETTING",
          title: "Voortzetting, incl. evt. aanpassing nationale kaders",
          kaders: voortzetting(),
        },
      ],
    },
  };
}
