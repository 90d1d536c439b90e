// Demo data that shows life: the councils' meetings around today, the Kamer's recesses,
// toezeggingen, and a dozen invented notas in every stage of the route (concept to afgerond),
// with deadlines past, near and far, so that the overview means something on first start.
// The history is written as the services would have written it: route actions, decisions per
// point, agenda items and audit events. The example nota BZ2410641 is not touched.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/create-client";
import { recordAuditEvent } from "@/lib/audit/record";
import { insertNota } from "@/lib/data/insert-nota";
import { nextReference } from "@/lib/data/next-reference";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { contentFromTemplate } from "@/lib/domain/nota/templates";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { addDays, weekday, weeklySeries } from "@/lib/domain/planning";
import { bullets, doc, paragraph } from "@/lib/domain/rich-text/build";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import type { DemoOfficeCode } from "./demo-offices";

/** Tweede Kamer recesses (as published; the secretariat keeps them up to date). */
export const DEMO_RECESSES = [
  { name: "Kerstreces 2024", start: "2024-12-20", end: "2025-01-13" },
  { name: "Voorjaarsreces 2025", start: "2025-02-14", end: "2025-02-24" },
  { name: "Meireces 2025", start: "2025-04-25", end: "2025-05-12" },
  { name: "Zomerreces 2025", start: "2025-07-04", end: "2025-09-01" },
  { name: "Herfstreces 2025", start: "2025-10-17", end: "2025-10-27" },
  { name: "Kerstreces 2025", start: "2025-12-19", end: "2026-01-12" },
  { name: "Voorjaarsreces 2026", start: "2026-02-13", end: "2026-02-23" },
  { name: "Meireces 2026", start: "2026-04-24", end: "2026-05-11" },
  { name: "Zomerreces 2026", start: "2026-07-03", end: "2026-08-31" },
  { name: "Herfstreces 2026", start: "2026-10-16", end: "2026-10-26" },
  { name: "Kerstreces 2026", start: "2026-12-18", end: "2027-01-11" },
  { name: "Voorjaarsreces 2027", start: "2027-02-19", end: "2027-03-01" },
  { name: "Meireces 2027", start: "2027-04-23", end: "2027-05-10" },
  { name: "Zomerreces 2027", start: "2027-07-02", end: "2027-08-30" },
];

type Stage = "CONCEPT" | "PARAAF" | "TER_BESLISSING" | "TERUGGESTUURD" | "BESLOTEN" | "GEAGENDEERD_ONDERRAAD" | "GEAGENDEERD_MR" | "AFGEROND";

interface DemoNota {
  title: string;
  owner: DemoOfficeCode;
  deciding: DemoOfficeCode[];
  copies?: DemoOfficeCode[];
  via: boolean;
  stage: Stage;
  /** Days from today. */
  kamer: number | null;
  decided?: DemoOfficeCode[];
  /** The onderraad / MR it is placed on: the n-th coming meeting (negative: past). */
  onderraad?: number;
  mr?: number;
  timeline?: Array<[number, string]>;
  aanleiding: string;
  kern: string[];
  art100?: { name: string; acronym: string; location: string; framework: "EU" | "VN" | "NAVO" };
  returnedBy?: DemoOfficeCode;
  waitingDays: number;
}

const NOTAS: DemoNota[] = [
  {
    title: "Verlenging Nederlandse bijdrage EUFOR Althea",
    owner: "DVB",
    deciding: ["M", "MinDEF"],
    via: true,
    stage: "CONCEPT",
    kamer: 95,
    aanleiding: "Het mandaat van de Nederlandse bijdrage aan EUFOR Althea loopt aan het eind van het jaar af.",
    kern: ["De veiligheidssituatie in Bosnië-Herzegovina blijft fragiel.", "Verlenging met een jaar past binnen het bestaande budget."],
    art100: { name: "European Union Force Althea", acronym: "EUFOR Althea", location: "Bosnië-Herzegovina", framework: "EU" },
    timeline: [
      [60, "RDINEV"],
      [63, "MR en verzending aan TK"],
    ],
    waitingDays: 4,
  },
  {
    title: "Kamerbrief over cyberdreiging door statelijke actoren",
    owner: "DVB",
    deciding: ["M", "MinJenV"],
    via: false,
    stage: "CONCEPT",
    kamer: 16,
    aanleiding: "Tijdens het commissiedebat is een brief over statelijke cyberdreiging toegezegd.",
    kern: ["De brief beschrijft de dreiging en de samenwerking met bondgenoten."],
    // Written before the deadline moved forward: the timeline no longer fits it.
    timeline: [
      [24, "MR en verzending aan TK"],
      [20, "RDINEV"],
    ],
    waitingDays: 2,
  },
  {
    title: "Inzet maritieme capaciteit Rode Zee",
    owner: "DVB",
    deciding: ["M", "MinDEF"],
    via: true,
    stage: "PARAAF",
    kamer: 38,
    aanleiding: "De bondgenoten vragen om voortzetting van de maritieme inzet in de Rode Zee.",
    kern: ["Een fregat kan van maart tot juni worden ingezet."],
    art100: { name: "Operation Aspides", acronym: "Aspides", location: "Rode Zee", framework: "EU" },
    waitingDays: 3,
  },
  {
    title: "Humanitaire hulp Gaza: aanvullende bijdrage",
    owner: "DSH",
    deciding: ["M", "R"],
    copies: ["MinAenM"],
    via: true,
    stage: "TER_BESLISSING",
    kamer: 9,
    decided: ["M"],
    aanleiding: "De VN doen een aanvullend humanitair appel voor Gaza.",
    kern: ["Een aanvullende bijdrage van 10 miljoen euro via de VN-fondsen."],
    waitingDays: 9,
  },
  {
    title: "Sanctiepakket Rusland: Nederlandse inzet",
    owner: "DVB",
    deciding: ["M", "R", "MinJenV"],
    via: true,
    stage: "TER_BESLISSING",
    kamer: 44,
    aanleiding: "De Europese Commissie stelt een nieuw sanctiepakket voor.",
    kern: ["Nederland steunt het pakket en vraagt aandacht voor handhaving."],
    waitingDays: 2,
  },
  {
    title: "Migratiesamenwerking Noord-Afrika",
    owner: "DMM",
    deciding: ["M", "MinAenM"],
    via: true,
    stage: "TERUGGESTUURD",
    kamer: 30,
    returnedBy: "MinAenM",
    aanleiding: "Het partnerschap met Tunesië wordt herzien.",
    kern: ["De nota stelt voor de samenwerking op drie punten aan te passen."],
    waitingDays: 5,
  },
  {
    title: "Bijdrage VN-vredesmacht UNIFIL",
    owner: "DVB",
    deciding: ["M", "MinDEF"],
    via: true,
    stage: "BESLOTEN",
    kamer: 33,
    decided: ["M", "MinDEF"],
    aanleiding: "De VN vragen om voortzetting van de Nederlandse stafofficieren bij UNIFIL.",
    kern: ["Voortzetting met vier stafofficieren tot het eind van het jaar."],
    art100: { name: "United Nations Interim Force in Lebanon", acronym: "UNIFIL", location: "Libanon", framework: "VN" },
    waitingDays: 1,
  },
  {
    title: "NAVO-top: Nederlandse inzet",
    owner: "DVB",
    deciding: ["M", "MinDEF"],
    copies: ["StasDEF"],
    via: true,
    stage: "GEAGENDEERD_ONDERRAAD",
    kamer: 26,
    decided: ["M", "MinDEF"],
    onderraad: 1,
    aanleiding: "De NAVO-top vraagt om de Nederlandse inzet op defensie-uitgaven en Oekraïne.",
    kern: ["Nederland houdt vast aan de afgesproken norm en steunt Oekraïne."],
    waitingDays: 3,
  },
  {
    title: "Exportcontrole strategische goederen: jaarrapportage",
    owner: "DVB",
    deciding: ["M", "R"],
    via: false,
    stage: "GEAGENDEERD_MR",
    kamer: 12,
    decided: ["M", "R"],
    onderraad: -1,
    mr: 1,
    aanleiding: "De jaarrapportage over de exportcontrole gaat voor de zomer naar de Kamer.",
    kern: ["De rapportage toont een daling van het aantal vergunningen."],
    waitingDays: 6,
  },
  {
    title: "Ontwikkelingssamenwerking Sahel: herijking",
    owner: "DSH",
    deciding: ["M", "R"],
    via: true,
    stage: "GEAGENDEERD_MR",
    // Placed on an MR after its Kamer deadline: the overview shows it at risk.
    kamer: 5,
    decided: ["M", "R"],
    mr: 2,
    aanleiding: "De programma's in de Sahel worden herijkt na de staatsgrepen in de regio.",
    kern: ["De nota stelt voor de bilaterale programma's af te bouwen."],
    waitingDays: 2,
  },
  {
    title: "Kamerbrief Oekraïne: stand van zaken",
    owner: "DVB",
    deciding: ["M", "MinDEF"],
    via: true,
    stage: "AFGEROND",
    kamer: -20,
    decided: ["M", "MinDEF"],
    onderraad: -3,
    mr: -2,
    aanleiding: "De Kamer heeft om een periodieke stand van zaken gevraagd.",
    kern: ["De brief beschrijft de militaire en civiele steun van het afgelopen kwartaal."],
    waitingDays: 20,
  },
  {
    title: "Evacuatieplan Midden-Oosten",
    owner: "DSH",
    deciding: ["M", "MinDEF", "MinJenV"],
    via: false,
    stage: "TER_BESLISSING",
    // The Kamer deadline has passed while two offices still have to decide.
    kamer: -3,
    decided: ["MinDEF"],
    aanleiding: "De Kamer vroeg om een actueel evacuatieplan voor Nederlanders in de regio.",
    kern: ["Het plan beschrijft drie scenario's en de inzet van Defensie."],
    waitingDays: 12,
  },
];

type Ids<K extends string> = Record<K, string>;

export async function seedDemoLife(tx: Tx, officeId: Ids<DemoOfficeCode>, userId: Record<string, string>, now: Date = new Date()): Promise<void> {
  const today = todayInAmsterdam(now);
  const councils = Object.fromEntries((await tx.council.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  await tx.kamerRecess.createMany({ data: DEMO_RECESSES.map((r) => ({ name: r.name, startDate: parseIsoDate(r.start), endDate: parseIsoDate(r.end) })) });

  // Meetings: the MR on Fridays, RDINEV on Tuesdays; a holiday cancels one, and the councils
  // pause in summer (about mid-July to mid-August, shorter than the Kamer's recess).
  const from = addDays(today, -84);
  const to = addDays(today, 365);
  const meetings: Array<{ councilId: string; date: Date; cancelled: boolean; note: string | null }> = [];
  for (const [code, day] of [
    ["MR", 5],
    ["RDINEV", 2],
  ] as const) {
    for (const entry of weeklySeries({ from, to, weekday: day })) {
      const summer = entry.date.slice(5) >= "07-17" && entry.date.slice(5) <= "08-14" ? "Zomerreces ministerraad" : null;
      const reason = entry.holiday ?? summer;
      meetings.push({ councilId: councils[code], date: parseIsoDate(entry.date), cancelled: reason !== null, note: reason });
    }
  }
  await tx.meeting.createMany({ data: meetings });
  const held = async (code: "MR" | "RDINEV", n: number) => {
    const list = await tx.meeting.findMany({
      where: { councilId: councils[code], cancelled: false, date: n > 0 ? { gte: parseIsoDate(today) } : { lt: parseIsoDate(today) } },
      orderBy: { date: n > 0 ? "asc" : "desc" },
      take: Math.abs(n),
      select: { id: true, date: true },
    });
    return list[Math.abs(n) - 1];
  };

  const drafter = userId["opsteller@demo.notaroute.nl"];
  const secretariaat = userId["secretariaat@demo.notaroute.nl"];
  const kabinet: Partial<Record<DemoOfficeCode, string>> = {
    M: userId["kabinet.m@demo.notaroute.nl"],
    R: userId["kabinet.r@demo.notaroute.nl"],
    MinDEF: userId["kabinet.mindef@demo.notaroute.nl"],
    MinJenV: userId["kabinet.minjenv@demo.notaroute.nl"],
    MinAenM: userId["kabinet.minaenm@demo.notaroute.nl"],
  };
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const notaIds: string[] = [];

  for (const spec of NOTAS) {
    const reference = await nextReference(tx, "BZ", now);
    const content = demoContent(spec, officeId, today);
    const { id } = await insertNota(tx, { reference, content, createdById: drafter, actingOfficeId: officeId[spec.owner] });
    notaIds.push(id);
    if (spec.stage === "CONCEPT") continue;

    const audit = (action: string, actorId: string, actingOfficeId: string | null, details: Record<string, unknown>) =>
      recordAuditEvent(tx, { action: action as never, actorId, actingOfficeId, objectType: "Nota", objectId: id, notaId: id, notaVersion: 1, details });
    const version = await tx.notaVersion.findFirstOrThrow({ where: { notaId: id }, select: { contentHash: true } });
    const points = await tx.decisionPoint.findMany({ where: { notaId: id }, select: { id: true } });
    const step = (
      kind: "OFFER" | "INITIAL" | "RETURN" | "SCHEDULE_ONDERRAAD" | "SCHEDULE_MR" | "MARK_SENT",
      fromStatus: string,
      toStatus: string,
      extra: object,
      daysAgo: number,
    ) =>
      tx.routeAction.create({
        data: {
          notaId: id,
          round: 1,
          kind,
          notaVersion: 1,
          fromStatus: fromStatus as never,
          toStatus: toStatus as never,
          createdAt: ago(daysAgo),
          ...extra,
        } as never,
      });

    // Offered; through the Via chain (DGPZ, SG) where it has one.
    const offeredTo = spec.via ? "PARAAF" : "TER_BESLISSING";
    await step("OFFER", "CONCEPT", offeredTo, { userId: drafter, officeId: officeId[spec.owner] }, spec.waitingDays + 6);
    await audit(ROUTE_STEPS.OFFER.audit, drafter, officeId[spec.owner], { from: "CONCEPT", to: offeredTo });
    if (spec.stage === "PARAAF") {
      await tx.nota.update({
        where: { id },
        data: { status: "PARAAF", routeRound: 1, paraafIndex: 0, paraafOfficeId: officeId.DGPZ, statusChangedAt: ago(spec.waitingDays) },
      });
      continue;
    }
    if (spec.via) {
      for (const [index, code] of (["DGPZ", "SG"] as const).entries()) {
        const by = userId[code === "DGPZ" ? "paraaf.dgpz@demo.notaroute.nl" : "paraaf.sg@demo.notaroute.nl"];
        const next = index === 0 ? "PARAAF" : "TER_BESLISSING";
        await step("INITIAL", "PARAAF", next, { userId: by, officeId: officeId[code], stepIndex: index }, spec.waitingDays + 4 - index);
        await audit(ROUTE_STEPS.INITIAL.audit, by, officeId[code], { from: "PARAAF", to: next, step: index });
      }
    }
    if (spec.stage === "TERUGGESTUURD") {
      const by = kabinet[spec.returnedBy!]!;
      const reason = "Graag de gevolgen voor de opvang uitwerken voordat wij besluiten.";
      await step("RETURN", "TER_BESLISSING", "TERUGGESTUURD", { userId: by, officeId: officeId[spec.returnedBy!], reason }, spec.waitingDays);
      await audit(ROUTE_STEPS.RETURN.audit, by, officeId[spec.returnedBy!], { from: "TER_BESLISSING", to: "TERUGGESTUURD", reason });
      await tx.nota.update({ where: { id }, data: { status: "TERUGGESTUURD", routeRound: 1, statusChangedAt: ago(spec.waitingDays) } });
      continue;
    }
    for (const code of spec.decided ?? []) {
      const by = kabinet[code]!;
      const decision = await tx.officeDecision.create({
        data: {
          notaId: id,
          officeId: officeId[code],
          round: 1,
          notaVersion: 1,
          contentHash: version.contentHash,
          decidedById: by,
          decidedAt: ago(spec.waitingDays - 1),
        },
        select: { id: true },
      });
      await tx.approval.createMany({
        data: points.map((point) => ({
          officeDecisionId: decision.id,
          notaId: id,
          officeId: officeId[code],
          decisionPointId: point.id,
          decision: "AKKOORD" as const,
          notaVersion: 1,
          contentHash: version.contentHash,
          decidedById: by,
          decidedAt: ago(spec.waitingDays - 1),
        })),
      });
      await audit(ROUTE_STEPS.DECIDE.audit, by, officeId[code], { office: code, decisions: points.length });
    }
    let status: Stage = spec.stage === "TER_BESLISSING" ? "TER_BESLISSING" : "BESLOTEN";
    const data: Record<string, unknown> = {};
    for (const [council, n] of [
      ["RDINEV", spec.onderraad],
      ["MR", spec.mr],
    ] as const) {
      if (n === undefined) continue;
      const meeting = await held(council, n);
      const kind = council === "MR" ? "SCHEDULE_MR" : "SCHEDULE_ONDERRAAD";
      const to = council === "MR" ? "GEAGENDEERD_MR" : "GEAGENDEERD_ONDERRAAD";
      await tx.agendaItem.create({
        data: {
          meetingId: meeting.id,
          notaId: id,
          councilKind: council === "MR" ? "MINISTERRAAD" : "ONDERRAAD",
          kind: council === "MR" ? "HAMERSTUK" : "BESPREEKSTUK",
          placedById: secretariaat,
        },
      });
      await step(kind, status, to, { userId: secretariaat, officeId: officeId.BSG, meetingId: meeting.id }, spec.waitingDays);
      await audit(ROUTE_STEPS[kind].audit, secretariaat, officeId.BSG, { from: status, to, council, meetingId: meeting.id });
      status = to;
    }
    if (spec.stage === "AFGEROND") {
      const mr = await held("MR", spec.mr!);
      const sentOn = mr.date;
      await step("MARK_SENT", status, "AFGEROND", { userId: secretariaat, officeId: officeId.BSG }, 10);
      await audit(ROUTE_STEPS.MARK_SENT.audit, secretariaat, officeId.BSG, { from: status, to: "AFGEROND", outcome: "CONFORM" });
      Object.assign(data, { mrOutcome: "CONFORM", kamerbriefSentOn: sentOn });
      status = "AFGEROND";
    }
    await tx.nota.update({ where: { id }, data: { status, routeRound: 1, statusChangedAt: ago(spec.waitingDays), ...data } });
  }

  // Toezeggingen: one fulfilled by the nota that was sent, one open with a nota in concept, one open without.
  const toezeggingen = [
    {
      reference: `TZ-${today.slice(0, 4)}-001`,
      text: "De minister stuurt de Kamer elk kwartaal een stand van zaken over de steun aan Oekraïne.",
      debate: "Commissiedebat Raad Buitenlandse Zaken",
      minister: "M",
      made: -60,
      due: -20,
      status: "VOLDAAN",
      nota: 10,
    },
    {
      reference: `TZ-${today.slice(0, 4)}-002`,
      text: "De minister informeert de Kamer over de dreiging van statelijke cyberaanvallen.",
      debate: "Plenair debat over digitale veiligheid",
      minister: "M",
      made: -30,
      due: 16,
      status: "OPENSTAAND",
      nota: 1,
    },
    {
      reference: `TZ-${today.slice(0, 4)}-003`,
      text: "De minister van Defensie informeert de Kamer voor de zomer over de evaluatie van de Sahel-inzet.",
      debate: "Commissiedebat Defensie",
      minister: "MinDEF",
      made: -45,
      due: 120,
      status: "OPENSTAAND",
      nota: null,
    },
  ] as const;
  for (const t of toezeggingen) {
    const row = await tx.toezegging.create({
      data: {
        reference: t.reference,
        text: t.text,
        debate: t.debate,
        ministerOfficeId: officeId[t.minister],
        madeOn: parseIsoDate(addDays(today, t.made)),
        dueDate: parseIsoDate(addDays(today, t.due)),
        status: t.status,
      },
      select: { id: true },
    });
    if (t.nota !== null) await tx.notaToezegging.create({ data: { notaId: notaIds[t.nota], toezeggingId: row.id } });
  }
}

function demoContent(spec: DemoNota, officeId: Ids<DemoOfficeCode>, today: string): NotaContent {
  const date = addDays(today, -(spec.waitingDays + 10));
  const base = contentFromTemplate(spec.art100 ? "nationaleKaders" : "beslisnota", {
    ownerOfficeId: officeId[spec.owner],
    date,
    drafterName: "Sanne de Vries",
    title: spec.title,
  });
  const kamerDeadline = spec.kamer === null ? null : workingDayNear(addDays(today, spec.kamer));
  return {
    ...base,
    plannedDate: kamerDeadline ? addDays(kamerDeadline, -7) : null,
    kamerDeadline,
    parties: {
      ...base.parties,
      AAN: spec.deciding.slice(0, 2).map((code) => ({ officeId: officeId[code], text: null, personalData: false })),
      VIA: spec.via ? (["DGPZ", "SG"] as const).map((code) => ({ officeId: officeId[code], text: null, personalData: false })) : [],
      KOPIE_AAN: (spec.copies ?? []).map((code) => ({ officeId: officeId[code], text: null, personalData: false })),
    },
    recipients: { besluit: spec.deciding.map((code) => officeId[code]), informatie: (spec.copies ?? []).map((code) => officeId[code]) },
    aanleiding: doc(paragraph(spec.aanleiding)),
    decisionPoints: [
      { id: randomUUID(), text: doc(paragraph("Akkoord gaan met het voorstel in deze nota.")) },
      { id: randomUUID(), text: doc(paragraph("Akkoord gaan met bijgaande Kamerbrief.")) },
    ],
    kern: base.kern.map((section, index) => ({ ...section, body: index === 0 ? doc(bullets(...spec.kern)) : doc(paragraph("Geen bijzonderheden.")) })),
    timeline: (spec.timeline ?? []).map(([days, description]) => ({ id: randomUUID(), date: workingDayNear(addDays(today, days)), description })),
    annex:
      spec.art100 && base.annex
        ? {
            ...base.annex,
            categories: base.annex.categories.map((category) =>
              category.kind === "VOORTZETTING"
                ? {
                    ...category,
                    kaders: [
                      {
                        id: randomUUID(),
                        region: spec.art100!.location,
                        termStart: null,
                        termEnd: null,
                        bijdragen: [
                          {
                            id: randomUUID(),
                            name: spec.art100!.name,
                            acronym: spec.art100!.acronym,
                            framework: spec.art100!.framework,
                            location: spec.art100!.location,
                            personnelBefore: 20,
                            personnelBeforeCirca: true,
                            personnelAfter: 20,
                            personnelAfterCirca: true,
                            contribution: "Stafofficieren",
                            remark: null,
                            verkenning: false,
                            uitbreiding: false,
                            modulair: false,
                            article100: true,
                          },
                        ],
                      },
                    ],
                  }
                : category,
            ),
          }
        : null,
  };
}

/** Deadlines fall on working days: a weekend date moves to the Friday before. */
function workingDayNear(iso: string): string {
  const day = weekday(iso);
  return day === 6 ? addDays(iso, -1) : day === 0 ? addDays(iso, -2) : iso;
}
