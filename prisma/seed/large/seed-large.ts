// A large data set for measuring speed: `count` notas (100,000 by default) over ten years, next
// to the demo data, written by PostgreSQL itself in a few set-based statements (seconds, not
// hours). Realistic in shape: most notas are old and afgerond, a few hundred are on the route
// now, every role has work waiting, and the demo accounts have notifications.
//
// Every generated nota has its audit events too (created, and offered when it left the desk),
// hash-chained per nota exactly as the application writes them, so audit:verify holds.
import type { Db, Tx } from "@/lib/db/create-client";
import { eventHash, GENESIS_HASH } from "@/lib/audit/chain";

const TOPICS = [
  "inzet missies en operaties",
  "Kamerbrief Oekraïne",
  "Nationaal kader EUFOR Althea",
  "bijdrage VN-vredesmacht UNIFIL",
  "exportcontrole strategische goederen",
  "migratiesamenwerking Noord-Afrika",
  "cyberdreiging statelijke actoren",
  "ontwikkelingssamenwerking Sahel",
  "sanctiepakket Rusland",
  "Defensie-inzet Rode Zee",
  "humanitaire hulp Gaza",
  "NAVO-top voorbereiding",
];

/** Kern sentences, so that full-text search meets realistic, varied text. */
const KERN = [
  "De veiligheidssituatie in de regio blijft fragiel en vraagt om voortzetting van de inzet.",
  "Bondgenoten hebben gevraagd om een bijdrage met stafofficieren en een fregat.",
  "De financiële gevolgen passen binnen het budget voor internationale veiligheid.",
  "Het kabinet informeert de Kamer via een artikel-100 brief over de inzet.",
  "De humanitaire situatie verslechtert; de VN doen een aanvullend appel.",
  "Sancties worden afgestemd met de Europese partners en gehandhaafd door de douane.",
  "De migratiesamenwerking wordt herzien op basis van de evaluatie van vorig jaar.",
  "Cyberaanvallen door statelijke actoren nemen toe; de weerbaarheid wordt versterkt.",
  "Exportvergunningen voor strategische goederen worden strenger getoetst.",
  "De evaluatie van de missie wordt uitgevoerd door een onafhankelijke partij.",
  "Draagvlak bij de betrokken departementen is bereikt na interdepartementale afstemming.",
  "Communicatie verloopt via een Kamerbrief en een persbericht na de ministerraad.",
  "De drinkwatervoorziening in het vluchtelingenkamp vraagt om extra middelen.",
  "Mijnenruiming in het havengebied heeft prioriteit voor de marine.",
  "De verkiezingswaarnemingsmissie van de OVSE vraagt om Nederlandse waarnemers.",
  "Training van lokale veiligheidstroepen gebeurt in Europees verband.",
];

export interface LargeDatasetOptions {
  count: number;
  /** How many of the newest notas are on the route now (concept to besloten); the rest is history. */
  active?: number;
  now?: Date;
}

export async function seedLargeDataset(db: Db, options: LargeDatasetOptions): Promise<{ notas: number; seconds: number }> {
  const started = Date.now();
  const active = options.active ?? 600;
  const now = options.now ?? new Date();
  const offices = Object.fromEntries((await db.office.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]));
  for (const code of ["M", "R", "MinDEF", "MinJenV", "MinAenM", "StasDEF", "DVB", "DSH", "DMM", "DGPZ", "SG"]) {
    if (!offices[code]) throw new Error(`De demo-onderdelen ontbreken (${code}): laad eerst de demodata.`);
  }
  const drafter = await db.user.findUniqueOrThrow({ where: { email: "opsteller@demo.notaroute.nl" }, select: { id: true } });

  await db.$transaction(
    async (tx) => {
      // 1. The notas' facts, in a temporary table: everything else is derived from it.
      await tx.$executeRaw`
        CREATE TEMP TABLE gen ON COMMIT DROP AS
        SELECT i, gen_random_uuid() AS id, nextval('nota_reference_seq') AS seq,
               (${now}::date - ((${options.count} - i) * 3650 / ${options.count}))::date AS date,
               (ARRAY[${offices.DVB}::uuid, ${offices.DVB}::uuid, ${offices.DSH}::uuid, ${offices.DMM}::uuid])[1 + i % 4] AS owner,
               CASE WHEN i > ${options.count - active}
                    THEN (ARRAY['CONCEPT','PARAAF','PARAAF','TER_BESLISSING','TER_BESLISSING','TER_BESLISSING','TERUGGESTUURD','BESLOTEN','GEAGENDEERD_ONDERRAAD','GEAGENDEERD_MR'])[1 + i % 10]
                    ELSE (ARRAY['AFGEROND','AFGEROND','AFGEROND','AFGEROND','AFGEROND','AFGEROND','AFGEROND','AFGEROND','INGETROKKEN','BESLOTEN'])[1 + (i * 7) % 10]
               END::"NotaStatus" AS status,
               (ARRAY['TER_BESLISSING','TER_BESLISSING','TER_BESLISSING','TER_INFORMATIE','TER_BESLISSING','TER_ADVIES','TER_BESLISSING','TER_INFORMATIE'])[1 + i % 8]::"Marking" AS marking,
               CASE WHEN i % 20 = 0 THEN 'DEPARTEMENTAAL_VERTROUWELIJK' WHEN i % 33 = 0 THEN 'STG_CONFIDENTIEEL' ELSE 'ONGERUBRICEERD' END::"Classification" AS classification,
               ${TOPICS}::text[] AS topics,
               i % 3 <> 0 AS via,
               i % 2 = 0 AS r_decides,
               i % 5 = 0 AS mindef_decides,
               i % 9 = 0 AS minjenv_decides,
               i % 7 = 0 AS copies,
               ${KERN}::text[] AS kern
        FROM generate_series(1, ${options.count}) AS i`;

      // 2. The notas.
      await tx.$executeRaw`
        INSERT INTO "Nota" ("id", "reference", "marking", "classification", "title", "date", "drafterName", "plannedDate", "kamerDeadline", "status",
                            "version", "routeRound", "paraafIndex", "paraafOfficeId", "ownerOfficeId", "readerOfficeIds", "aanleiding", "createdById", "createdAt", "updatedAt",
                            "statusChangedAt")
        -- As formatReference: at least five digits, never cut (lpad alone would cut 100001 to 10000).
        SELECT id, 'BZ' || to_char(date, 'YY') || lpad(seq::text, greatest(5, length(seq::text)), '0'), marking, classification,
               initcap(topics[1 + i % array_length(topics, 1)]) || ' ' || (i % 97 + 1), date, 'Opsteller ' || (i % 40),
               CASE WHEN i % 5 < 3 THEN date + 14 END, CASE WHEN i % 2 = 0 THEN date + 45 END, status,
               1, CASE WHEN status = 'CONCEPT' THEN 0 ELSE 1 END,
               CASE WHEN status = 'PARAAF' THEN i % 2 END,
               CASE WHEN status = 'PARAAF' THEN (ARRAY[${offices.DGPZ}::uuid, ${offices.SG}::uuid])[1 + i % 2] END,
               owner,
               array_remove(ARRAY[
                 CASE WHEN via OR status = 'PARAAF' THEN ${offices.DGPZ}::uuid END, CASE WHEN via OR status = 'PARAAF' THEN ${offices.SG}::uuid END,
                 ${offices.M}::uuid, CASE WHEN r_decides THEN ${offices.R}::uuid END, CASE WHEN mindef_decides THEN ${offices.MinDEF}::uuid END,
                 CASE WHEN minjenv_decides THEN ${offices.MinJenV}::uuid END, CASE WHEN copies THEN ${offices.MinAenM}::uuid END,
                 CASE WHEN copies THEN ${offices.StasDEF}::uuid END], NULL),
               ${JSON.stringify(paragraphDoc("Aanleiding van een gegenereerde nota."))}::jsonb, ${drafter.id}::uuid, date, date,
               date + (i % 5)
        FROM gen`;

      // 3. Header parties: Van, Via (DGPZ, SG) and Aan.
      await tx.$executeRaw`
        INSERT INTO "NotaParty" ("id", "notaId", "role", "position", "officeId", "text", "personalData")
        SELECT gen_random_uuid(), id, 'VAN'::"PartyRole", 0, owner, NULL, false FROM gen
        UNION ALL SELECT gen_random_uuid(), id, 'VIA', 0, ${offices.DGPZ}::uuid, NULL, false FROM gen WHERE via OR status = 'PARAAF'
        UNION ALL SELECT gen_random_uuid(), id, 'VIA', 1, ${offices.SG}::uuid, NULL, false FROM gen WHERE via OR status = 'PARAAF'
        UNION ALL SELECT gen_random_uuid(), id, 'AAN', 0, ${offices.M}::uuid, NULL, false FROM gen`;

      // 4. The route: who decides, who gets a copy.
      await tx.$executeRaw`
        INSERT INTO "NotaRecipient" ("notaId", "officeId", "role", "position")
        SELECT id, ${offices.M}::uuid, 'BESLUIT'::"RecipientRole", 0 FROM gen
        UNION ALL SELECT id, ${offices.R}::uuid, 'BESLUIT', 1 FROM gen WHERE r_decides
        UNION ALL SELECT id, ${offices.MinDEF}::uuid, 'BESLUIT', 2 FROM gen WHERE mindef_decides
        UNION ALL SELECT id, ${offices.MinJenV}::uuid, 'BESLUIT', 3 FROM gen WHERE minjenv_decides
        UNION ALL SELECT id, ${offices.MinAenM}::uuid, 'INFORMATIE', 4 FROM gen WHERE copies
        UNION ALL SELECT id, ${offices.StasDEF}::uuid, 'INFORMATIE', 5 FROM gen WHERE copies`;

      // 5. Content: two decision points and a Kern section each, and version 1.
      await tx.$executeRaw`
        INSERT INTO "DecisionPoint" ("id", "notaId", "position", "text")
        SELECT gen_random_uuid(), id, p, ${JSON.stringify(paragraphDoc("Akkoord gaan met het voorstel."))}::jsonb FROM gen, generate_series(0, 1) AS p`;
      await tx.$executeRaw`
        INSERT INTO "KernSection" ("id", "notaId", "position", "title", "body")
        SELECT gen_random_uuid(), id, 0, 'Kern',
               jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
                 jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', kern[1 + i % array_length(kern, 1)]))),
                 jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', kern[1 + (i * 7 + 3) % array_length(kern, 1)])))))
        FROM gen`;

      // Every fourth nota has an annex: one kader with two bijdragen, one of them under art. 100.
      await tx.$executeRaw`
        WITH categories AS (
          INSERT INTO "AnnexCategory" ("id", "notaId", "position", "kind", "title")
          SELECT gen_random_uuid(), id, 0, 'VOORTZETTING'::"KaderCategoryKind", 'Voortzetting, incl. eventuele aanpassing nationale kaders' FROM gen WHERE i % 4 = 0
          RETURNING "id", "notaId"
        ), kaders AS (
          INSERT INTO "Kader" ("id", "categoryId", "position", "region")
          SELECT gen_random_uuid(), c."id", 0, (ARRAY['Europa', 'Midden-Oosten', 'Afrika', 'Azië'])[1 + abs(hashtext(c."notaId"::text)) % 4] FROM categories c
          RETURNING "id"
        )
        INSERT INTO "Bijdrage" ("id", "kaderId", "position", "name", "acronym", "framework", "location", "personnelBefore", "personnelBeforeCirca",
                                "personnelAfter", "personnelAfterCirca", "contribution", "article100")
        SELECT gen_random_uuid(), k."id", p, (ARRAY['European Union Force Althea', 'United Nations Interim Force in Lebanon', 'NATO Mission Iraq', 'EUNAVFOR Aspides'])[1 + (abs(hashtext(k."id"::text)) + p) % 4],
               (ARRAY['EUFOR Althea', 'UNIFIL', 'NMI', 'Aspides'])[1 + (abs(hashtext(k."id"::text)) + p) % 4], 'EU'::"OrganisationFramework", 'Onbekend', 10 + p, p = 0, 12 + p, false,
               'Stafofficieren', p = 0
        FROM kaders k, generate_series(0, 1) AS p`;
      await tx.$executeRaw`
        INSERT INTO "NotaVersion" ("id", "notaId", "number", "revision", "kind", "label", "content", "contentHash", "authorId", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), id, 1, 1, 'EXPLICIT'::"VersionKind", 'Gegenereerd', '{}'::jsonb, md5(id::text) || md5(id::text), ${drafter.id}::uuid, date, date FROM gen`;

      // 6. What happened on the route: offered and initialled, and the decisions of every
      //    deciding office for notas that were decided.
      await tx.$executeRaw`
        INSERT INTO "RouteAction" ("id", "notaId", "round", "kind", "officeId", "userId", "notaVersion", "fromStatus", "toStatus", "createdAt")
        SELECT gen_random_uuid(), id, 1, 'OFFER'::"RouteActionKind", owner, ${drafter.id}::uuid, 1, 'CONCEPT'::"NotaStatus", CASE WHEN via THEN 'PARAAF' ELSE 'TER_BESLISSING' END::"NotaStatus", date
        FROM gen WHERE status <> 'CONCEPT'
        UNION ALL
        SELECT gen_random_uuid(), id, 1, 'RETURN', ${offices.M}::uuid, ${drafter.id}::uuid, 1, 'TER_BESLISSING', 'TERUGGESTUURD', date + 3
        FROM gen WHERE status = 'TERUGGESTUURD'`;
      await tx.$executeRaw`
        WITH decided AS (
          SELECT g.id AS nota_id, g.date, r."officeId" AS office_id, gen_random_uuid() AS decision_id
          FROM gen g JOIN "NotaRecipient" r ON r."notaId" = g.id AND r."role" = 'BESLUIT'
          WHERE g.status IN ('BESLOTEN', 'GEAGENDEERD_ONDERRAAD', 'GEAGENDEERD_MR', 'AFGEROND')
             OR (g.status = 'TER_BESLISSING' AND r."officeId" <> ${offices.M}::uuid AND g.i % 2 = 0)
        ), decisions AS (
          INSERT INTO "OfficeDecision" ("id", "notaId", "officeId", "round", "notaVersion", "contentHash", "decidedById", "decidedAt")
          SELECT decision_id, nota_id, office_id, 1, 1, md5(nota_id::text) || md5(nota_id::text), ${drafter.id}::uuid, date + 5 FROM decided
          RETURNING "id", "notaId", "officeId", "decidedAt"
        )
        INSERT INTO "Approval" ("id", "officeDecisionId", "notaId", "officeId", "decisionPointId", "decision", "notaVersion", "contentHash", "decidedById", "decidedAt")
        SELECT gen_random_uuid(), d."id", d."notaId", d."officeId", p."id", 'AKKOORD'::"DecisionValue", 1, md5(d."notaId"::text) || md5(d."notaId"::text), ${drafter.id}::uuid, d."decidedAt"
        FROM decisions d JOIN "DecisionPoint" p ON p."notaId" = d."notaId"`;

      // 7. The councils: notas on an agenda are placed on the meeting of that council nearest
      //    their date (meetings are generated when the demo has none that far back).
      await tx.$executeRaw`
        INSERT INTO "Meeting" ("id", "councilId", "date")
        SELECT gen_random_uuid(), c."id", d::date
        FROM "Council" c, generate_series(${now}::date - 60, ${now}::date + 60, interval '1 day') AS d
        WHERE c."code" IN ('MR', 'RDINEV') AND extract(isodow FROM d) = CASE WHEN c."code" = 'MR' THEN 5 ELSE 2 END
        ON CONFLICT ("councilId", "date") DO NOTHING`;
      await tx.$executeRaw`
        INSERT INTO "AgendaItem" ("id", "meetingId", "notaId", "councilKind", "kind", "placedById")
        SELECT gen_random_uuid(), m."id", g.id, c."kind", CASE WHEN g.i % 3 = 0 THEN 'BESPREEKSTUK' ELSE 'HAMERSTUK' END::"AgendaItemKind", ${drafter.id}::uuid
        FROM gen g
        JOIN "Council" c ON c."code" = 'RDINEV' OR (c."code" = 'MR' AND g.status = 'GEAGENDEERD_MR')
        JOIN LATERAL (SELECT "id" FROM "Meeting" WHERE "councilId" = c."id" AND "date" >= ${now}::date AND NOT "cancelled" ORDER BY "date"
                     -- the k-th Tuesday, then the (k+1)-th Friday: the MR always after its onderraad
                     OFFSET g.i % 4 + CASE WHEN c."code" = 'MR' THEN 1 ELSE 0 END LIMIT 1) m ON true
        WHERE g.status IN ('GEAGENDEERD_ONDERRAAD', 'GEAGENDEERD_MR')`;

      // 8. The search document of every nota, as the application writes it on a save.
      await tx.$executeRaw`
        UPDATE "Nota" n SET "searchDocument" = setweight(to_tsvector('dutch', n."reference" || ' ' || n."title"), 'A') ||
                                               setweight(to_tsvector('dutch', concat_ws(' ', g.kern[1 + g.i % array_length(g.kern, 1)], g.kern[1 + (g.i * 7 + 3) % array_length(g.kern, 1)],
                                                 (SELECT string_agg(concat_ws(' ', c."title", k."region", b."name", b."acronym", b."contribution"), ' ')
                                                  FROM "AnnexCategory" c JOIN "Kader" k ON k."categoryId" = c."id" JOIN "Bijdrage" b ON b."kaderId" = k."id"
                                                  WHERE c."notaId" = g.id))), 'B')
        FROM gen g WHERE n."id" = g.id`;

      // 9. Audit events: created, and offered when it left the desk; one chain per nota.
      await insertGeneratedAuditEvents(tx, drafter.id);

      // 10. Notifications for the demo accounts: a long history, the newest unread.
      await tx.$executeRaw`
        INSERT INTO "Notification" ("id", "userId", "notaId", "kind", "message", "key", "createdAt", "readAt")
        SELECT gen_random_uuid(), u."id", g.id, 'TER_INFORMATIE'::"NotificationKind", 'Gegenereerde melding over een nota.', 'large:' || g.id || ':' || u."id",
               g.date, CASE WHEN g.i > ${options.count - 20} THEN NULL ELSE g.date + 1 END
        FROM gen g CROSS JOIN "User" u
        WHERE u."email" LIKE '%@demo.notaroute.nl' AND g.i % 50 = 0`;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // As autovacuum would have by now: statistics, and the visibility map that lets counts read the index alone.
  await db.$executeRaw`VACUUM ANALYZE`;
  return { notas: options.count, seconds: (Date.now() - started) / 1000 };
}

async function insertGeneratedAuditEvents(tx: Tx, drafterId: string): Promise<void> {
  const notas = await tx.$queryRaw<Array<{ id: string; reference: string; date: Date; status: string; owner: string; via: boolean }>>`
    SELECT g.id, n."reference", g.date, g.status::text AS status, g.owner, g.via FROM gen g JOIN "Nota" n ON n."id" = g.id ORDER BY g.i`;
  const BATCH = 5_000;
  for (let start = 0; start < notas.length; start += BATCH) {
    const events: Array<{
      occurredAt: Date;
      actingOfficeId: string;
      action: string;
      notaId: string;
      details: unknown;
      chainSeq: number;
      prevHash: string;
      hash: string;
    }> = [];
    const heads: Array<{ chainKey: string; seq: number; prevHash: string; hash: string }> = [];
    for (const nota of notas.slice(start, start + BATCH)) {
      const steps: Array<{ action: string; at: Date; details: unknown }> = [{ action: "nota.created", at: nota.date, details: { reference: nota.reference } }];
      if (nota.status !== "CONCEPT")
        steps.push({
          action: "route.offer",
          at: new Date(nota.date.getTime() + 3_600_000),
          details: { from: "CONCEPT", to: nota.via ? "PARAAF" : "TER_BESLISSING" },
        });
      let prevHash = GENESIS_HASH;
      let previous = GENESIS_HASH;
      steps.forEach((step, index) => {
        const fields = {
          occurredAt: step.at,
          actorId: drafterId,
          actingOfficeId: nota.owner,
          action: step.action,
          objectType: "Nota",
          objectId: nota.id,
          notaId: nota.id,
          notaVersion: 1,
          result: "SUCCESS" as const,
          details: step.details,
          ip: null,
          userAgent: null,
          prevHash,
        };
        const hash = eventHash(fields);
        events.push({
          occurredAt: step.at,
          actingOfficeId: nota.owner,
          action: step.action,
          notaId: nota.id,
          details: step.details,
          chainSeq: index + 1,
          prevHash,
          hash,
        });
        previous = prevHash;
        prevHash = hash;
      });
      heads.push({ chainKey: `nota:${nota.id}`, seq: steps.length, prevHash: previous, hash: prevHash });
    }
    await tx.$executeRaw`
      INSERT INTO "AuditEvent" ("occurredAt", "actorId", "actingOfficeId", "action", "objectType", "objectId", "notaId", "notaVersion", "result", "details",
                                "chainKey", "chainSeq", "prevHash", "hash")
      SELECT e."occurredAt", ${drafterId}::uuid, e."actingOfficeId", e."action", 'Nota', e."notaId"::text, e."notaId", 1, 'SUCCESS'::"AuditResult", e."details",
             'nota:' || e."notaId", e."chainSeq", e."prevHash", e."hash"
      FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
        AS e("occurredAt" timestamptz, "actingOfficeId" uuid, "action" text, "notaId" uuid, "details" jsonb, "chainSeq" int, "prevHash" text, "hash" text)
      ORDER BY e."notaId", e."chainSeq"`;
    await tx.$executeRaw`
      INSERT INTO "AuditChainHead" ("chainKey", "seq", "prevHash", "hash", "updatedAt")
      SELECT h."chainKey", h."seq", h."prevHash", h."hash", now() FROM jsonb_to_recordset(${JSON.stringify(heads)}::jsonb) AS h("chainKey" text, "seq" int, "prevHash" text, "hash" text)`;
  }
}

function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}
