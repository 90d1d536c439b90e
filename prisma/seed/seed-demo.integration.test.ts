// The demo seed against the published text of nota BZ2410641, section by section and
// bijdrage by bijdrage. Runs on a database of its own: the seed only ever fills an empty one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { verifyPassword } from "@/lib/auth/password";
import { notaContentInclude, type NotaWithContent } from "@/lib/data/content-rows";
import { topLevelItems } from "@/lib/domain/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { openMfaSecret } from "@/lib/auth/mfa/secret-box";
import { DEMO_ACCOUNTS, DEMO_MFA_SECRET, DEMO_PASSWORD } from "./demo-accounts";
import { cleanMarkdown, expectedPersonnel, fixtureSection, readExampleFixture } from "./example-fixture";
import { EXAMPLE_REFERENCE } from "./example-nota";
import { seedDemoData } from "./seed-demo";

let database: TestDatabase;
let db: Db;
let nota: NotaWithContent;
const fixture = readExampleFixture();

beforeAll(async () => {
  database = await createTestDatabase("seed");
  db = createPrismaClient(database.url);
  expect(await seedDemoData(db)).toBe(true);
  nota = await db.nota.findUniqueOrThrow({ where: { reference: EXAMPLE_REFERENCE }, include: notaContentInclude });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.dispose();
});

/** Text of each top-level item, and of the items nested directly below it. */
function itemsWithChildren(doc: RichTextDoc) {
  return doc.content.flatMap((block) =>
    block.type === "paragraph"
      ? []
      : block.content.map((item) => ({
          text: topLevelItems({ type: "doc", content: [item.content[0]] as RichTextDoc["content"] })[0],
          children: item.content.slice(1).flatMap((child) => topLevelItems({ type: "doc", content: [child] as RichTextDoc["content"] })),
        })),
  );
}

const ROMAN_PREFIX = /^[ivx]+\.\s+/;

describe("demo seed", () => {
  it("seeds an empty database once", async () => {
    expect(await seedDemoData(db)).toBe(false);
    // The example nota and the dozen notas of the demo's life (demo-life.ts).
    expect(await db.nota.count()).toBe(13);
  });

  it("creates the six offices of the example", async () => {
    const codes = (await db.office.findMany({ select: { code: true } })).map((o) => o.code);
    expect(codes).toEqual(expect.arrayContaining(["M", "R", "MinDEF", "MinJenV", "MinAenM", "StasDEF"]));
  });

  it("creates a demo account for every role and every office that decides or gets a copy", async () => {
    const memberships = await db.membership.findMany({ include: { office: true, user: true } });
    for (const role of ["OPSTELLER", "PARAAF", "KABINET", "SECRETARIAAT", "BEHEER"] as const) {
      expect(
        memberships.some((m) => m.role === role),
        role,
      ).toBe(true);
    }
    for (const code of ["M", "R", "MinDEF", "MinJenV", "MinAenM", "StasDEF"]) {
      expect(
        memberships.some((m) => m.role === "KABINET" && m.office.code === code),
        code,
      ).toBe(true);
    }
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email } });
    expect(user.passwordHash?.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(user.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("enrols the demo accounts that need tweestapsverificatie with the documented demo secret, sealed; the opsteller not", async () => {
    const users = await db.user.findMany({ select: { id: true, email: true, mfaSecret: true, mfaEnabledAt: true } });
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email)!;
      const needs = account.memberships.some((m) => m.role !== "OPSTELLER");
      expect(user.mfaEnabledAt !== null, account.email).toBe(needs);
      expect(user.mfaSecret && openMfaSecret(user.mfaSecret, user.id), account.email).toBe(needs ? DEMO_MFA_SECRET : null);
    }
  });
});

describe("the seeded nota BZ2410641 against its text", () => {
  it("has the header of the nota", () => {
    expect(nota.marking).toBe("TER_BESLISSING");
    expect(nota.title).toBe("Toekomst en samenhang Nederlandse inzet missies en operaties 2025-2028");
    expect(nota.date.toISOString().slice(0, 10)).toBe("2025-02-13");
    expect(nota.kamerDeadline?.toISOString().slice(0, 10)).toBe("2025-03-31");
    expect(nota.plannedDate).toBeNull();
    expect(nota.status).toBe("CONCEPT");
    const aan = nota.parties.filter((p) => p.role === "AAN").map((p) => p.office?.code);
    expect(aan).toEqual(["M", "R"]);
  });

  it("gives every redacted field a demo value marked as personal data", () => {
    expect(nota.drafterName).toBeTruthy();
    for (const role of ["VAN", "VIA", "KOPIE_AAN", "AFGESTEMD_MET"] as const) {
      const entries = nota.parties.filter((p) => p.role === role);
      expect(entries.length, role).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.personalData, role).toBe(true);
        expect(entry.text, role).toBeTruthy();
      }
    }
  });

  it("routes the decision to M, R, MinDEF and MinJenV with a copy to MinAenM and StasDEF (Nb. 1)", () => {
    const codes = (role: string) => nota.recipients.filter((r) => r.role === role).map((r) => r.office.code);
    expect(codes("BESLUIT")).toEqual(["M", "R", "MinDEF", "MinJenV"]);
    expect(codes("INFORMATIE")).toEqual(["MinAenM", "StasDEF"]);
  });

  it("has the Aanleiding bullet for bullet", () => {
    expect(topLevelItems(nota.aanleiding as RichTextDoc)).toEqual(fixtureSection(fixture, "Aanleiding").bullets.map((b) => b.text));
  });

  it("has the decision points and the Nb. remarks in order", () => {
    const section = fixtureSection(fixture, "Geadviseerd besluit");
    expect(nota.decisionPoints.map((p) => topLevelItems(p.text as RichTextDoc)[0])).toEqual(section.bullets.map((b) => b.text));
    expect(nota.remarks.map((r, i) => `Nb. ${i + 1}: ${topLevelItems(r.body as RichTextDoc)[0]}`)).toEqual(section.paragraphs);
  });

  it("has every Kern sub-section with its bullets and nested items", () => {
    const titles = ["Uitgangspunten brief", "Voorgenomen Nederlandse bijdragen (nationale kaders)", "Verantwoording"];
    expect(nota.kernSections.map((s) => s.title)).toEqual(titles);
    for (const [index, title] of titles.entries()) {
      const expected = fixtureSection(fixture, title).bullets.map((b) => ({
        text: b.text,
        children: b.children.map((c) => c.replace(ROMAN_PREFIX, "")),
      }));
      expect(itemsWithChildren(nota.kernSections[index].body as RichTextDoc), title).toEqual(expected);
    }
  });

  it("has the timeline", () => {
    const lines = nota.timeline.map(
      (entry) =>
        `${new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(entry.date)}: ${entry.description}`,
    );
    expect(lines).toEqual(fixtureSection(fixture, "(Voorgestelde) Tijdlijn").bullets.map((b) => b.text));
  });

  it("has the annex note and the three categories in order", () => {
    expect(nota.annexTitle).toBe("Nationale Kaders");
    expect(topLevelItems(nota.annexNote as RichTextDoc)).toEqual(fixtureSection(fixture, "Nationale Kaders").paragraphs);
    const categoryHeadings = fixture.filter((s) => s.path.length === 2 && s.path[0] === "Nationale Kaders").map((s) => s.path[1]);
    expect(nota.annexCategories.map((c, i) => `${i + 1}. ${c.title}`)).toEqual(categoryHeadings);
    expect(nota.annexCategories.map((c) => c.kind)).toEqual(["BEEINDIGING_AFSCHALING", "NIEUW", "VOORTZETTING"]);
  });

  it("has all 39 bijdragen, each with region, location, acronym, personnel and flags as the text gives them", () => {
    const expectedKaders = fixture.filter((s) => s.path.length === 3 && s.path[0] === "Nationale Kaders");
    const seededKaders = nota.annexCategories.flatMap((category, index) => category.kaders.map((kader) => ({ category: index + 1, kader })));
    expect(seededKaders.map(({ category, kader }) => `${category} ${kader.region}`)).toEqual(
      expectedKaders.map((s) => `${s.path[1].slice(0, 1)} ${s.path[2]}`),
    );

    let checked = 0;
    for (const [index, section] of expectedKaders.entries()) {
      const { kader } = seededKaders[index];
      expect(kader.bijdragen.length, kader.region).toBe(section.bullets.length);
      for (const [position, bullet] of section.bullets.entries()) {
        const text = bullet.text;
        const bijdrage = kader.bijdragen[position];
        const where = `${section.path[1]} > ${kader.region} > ${text}`;

        expect(bijdrage.location, where).toBe(/\[([^\]]+)\]/.exec(text)?.[1] ?? null);
        expect(bijdrage.verkenning, where).toBe(text.includes("(Verkenning)"));
        expect(bijdrage.uitbreiding, where).toBe(text.includes("(Uitbreiding)"));
        expect(bijdrage.modulair, where).toBe(text.includes("(modulair)"));
        if (bijdrage.acronym) {
          // "NMI/OIR" stands for a bullet that names both missions.
          for (const part of bijdrage.acronym.split("/")) expect(text, where).toContain(part);
        }
        const words = cleanMarkdown(bijdrage.name)
          .split(/\s+/)
          .map((w) => w.replace(/[(),.;:]/g, "").toLowerCase())
          .filter((w) => w.length >= 4);
        for (const word of words) expect(text.toLowerCase(), `${where}: "${word}"`).toContain(word);

        const personnel = expectedPersonnel(text);
        expect(bijdrage.personnelBefore, where).toBe(personnel.before);
        expect(bijdrage.personnelBeforeCirca, where).toBe(false);
        expect(bijdrage.personnelAfter, where).toBe(personnel.after);
        expect(bijdrage.personnelAfterCirca, where).toBe(personnel.afterCirca);
        checked++;
      }
    }
    expect(checked).toBe(39);
  });
});
