// Finding notas: full-text search with the Dutch configuration over reference, title and content,
// the list's filters, paging through the results, and never past the read scope.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { bullets, doc } from "@/lib/domain/rich-text/build";
import { createNota, createOffice, createUser, notaContent, unique } from "@/lib/testing/factories";
import { asCurrentUser } from "@/lib/testing/users";
import { exportNotaList } from "./export-nota-list";
import { listReadableNotas } from "./list-notas";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let user: CurrentUser;
let outsider: CurrentUser;
// A word nobody else's test data contains, so that the results are this test's alone.
const word = `zeldzaam${unique()
  .replace(/[^a-z0-9]/gi, "")
  .toLowerCase()}`;
const refs: Record<string, string> = {};

beforeAll(async () => {
  const office = await createOffice(db);
  const other = await createOffice(db);
  user = asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] }));
  outsider = asCurrentUser(await createUser(db, { memberships: [{ officeId: other.id, role: "OPSTELLER" }] }));
  const kern = (text: string) => [{ id: randomUUID(), title: "Toelichting", body: doc(bullets(text)) }];
  refs.kern = (
    await createNota(db, { content: notaContent(office.id, { title: "Inzet in de Rode Zee", kern: kern(`De ${word} fregatten varen uit.`) }) })
  ).reference;
  refs.title = (
    await createNota(db, { content: notaContent(office.id, { title: `Over ${word} fregat`, kamerDeadline: "2025-05-01" }), status: "TERUGGESTUURD" })
  ).reference;
  refs.other = (await createNota(db, { content: notaContent(office.id, { title: "Iets anders geheel" }) })).reference;
  for (let i = 0; i < 5; i++) await createNota(db, { content: notaContent(office.id, { title: `Reeks ${i}`, kern: kern(`Het ${word} kader nummer ${i}.`) }) });
});

describe("searching notas", () => {
  it("finds a nota by a word from its Kern, stemmed (fregat finds fregatten), the title's matches first", async () => {
    const result = await listReadableNotas(user, { sorteer: "kamer", richting: "op", zoek: `${word} fregat` });
    expect(result.notas.map((n) => n.reference)).toEqual([refs.title, refs.kern]);
    expect(result.total).toBe(2);
  });

  it("finds a nota by its reference", async () => {
    const result = await listReadableNotas(user, { sorteer: "kamer", richting: "op", zoek: refs.other });
    expect(result.notas.map((n) => n.reference)).toEqual([refs.other]);
  });

  it("pages through the results without showing one twice", async () => {
    const first = await listReadableNotas(user, { sorteer: "kamer", richting: "op", zoek: word }, { pageSize: 4 });
    expect(first.total).toBe(7);
    const second = await listReadableNotas(user, { sorteer: "kamer", richting: "op", zoek: word, na: first.next! }, { pageSize: 4 });
    expect(second.next).toBeNull();
    const all = [...first.notas, ...second.notas].map((n) => n.reference);
    expect(new Set(all).size).toBe(7);
  });

  it("combines search and filters, and stays within what the person may read", async () => {
    const returned = await listReadableNotas(user, { sorteer: "kamer", richting: "op", zoek: word, fase: "TERUGGESTUURD" });
    expect(returned.notas.map((n) => n.reference)).toEqual([refs.title]);
    const byDeadline = await listReadableNotas(user, {
      sorteer: "kamer",
      richting: "op",
      kamerVanaf: "2025-04-01",
      kamerTot: "2025-05-31",
      fase: "TERUGGESTUURD",
    });
    expect(byDeadline.notas.map((n) => n.reference)).toContain(refs.title);
    expect((await listReadableNotas(outsider, { sorteer: "kamer", richting: "op", zoek: word })).notas).toEqual([]);
  });

  it("exports the same list as CSV for a spreadsheet", async () => {
    const { csv, rows } = await exportNotaList(user, { sorteer: "kamer", richting: "op", zoek: word });
    expect(rows).toBe(7);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Onze referentie;Titel;Markering;Rubricering;Status;Van;Datum;Plandatum/Deadline;Kamer");
    expect(lines).toHaveLength(8);
    expect(lines[1].split(";")[0]).toBe(refs.title);
  });
});
