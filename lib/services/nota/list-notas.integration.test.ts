// The nota list a page at a time: walking every page, in every order, shows every readable nota
// exactly once, in the order the columns promise (unset deadlines last, either way).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser } from "@/lib/testing/users";
import type { CurrentUser } from "@/lib/domain/permissions";
import { NOTA_SORT_KEYS, type NotaSortKey } from "@/lib/validation/nota-queries";
import { listReadableNotas, type NotaListItem } from "./list-notas";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let user: CurrentUser;
const TITLES = ["Beta", "alfa", "Gamma", "Beta", "Delta"];
const MARKINGS = ["TER_BESLISSING", "TER_INFORMATIE", "TER_ADVIES"] as const;

beforeAll(async () => {
  const office = await createOffice(db);
  user = asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] }));
  for (let i = 0; i < 23; i++) {
    const content = notaContent(office.id, {
      title: `${TITLES[i % TITLES.length]} ${i % 4}`,
      marking: MARKINGS[i % 3],
      date: `2025-0${1 + (i % 9)}-1${i % 10}`,
      plannedDate: i % 3 === 0 ? null : `2025-0${1 + (i % 5)}-2${i % 7}`,
      kamerDeadline: i % 4 === 0 ? null : `2025-1${i % 3}-0${1 + (i % 4)}`,
    });
    await createNota(db, { content, status: (["CONCEPT", "TERUGGESTUURD", "INGETROKKEN"] as const)[i % 3] });
  }
});

async function walk(sorteer: NotaSortKey, richting: "op" | "af"): Promise<NotaListItem[]> {
  const seen: NotaListItem[] = [];
  let na: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await listReadableNotas(user, { sorteer, richting, na }, { pageSize: 4 });
    seen.push(...result.notas);
    if (!result.next) return seen;
    na = result.next;
  }
  throw new Error("no end of the list");
}

describe("the nota list, a page at a time", () => {
  for (const sorteer of NOTA_SORT_KEYS) {
    for (const richting of ["op", "af"] as const) {
      it(`shows every nota once, sorted by ${sorteer} ${richting === "op" ? "ascending" : "descending"}`, async () => {
        const walked = await walk(sorteer, richting);
        const references = walked.map((n) => n.reference);
        expect(new Set(references).size).toBe(23);
        const all = await listReadableNotas(user, { sorteer, richting }, { pageSize: 100 });
        expect(references).toEqual(all.notas.map((n) => n.reference));
        // Unset deadlines go last, whichever way.
        if (sorteer === "plandatum" || sorteer === "kamer") {
          const column = sorteer === "plandatum" ? "plannedDate" : "kamerDeadline";
          const firstUnset = walked.findIndex((n) => n[column] === null);
          expect(walked.slice(firstUnset).every((n) => n[column] === null)).toBe(true);
        }
      });
    }
  }

  it("counts what the user may read, and refuses a cursor it did not hand out", async () => {
    const first = await listReadableNotas(user, { sorteer: "kamer", richting: "op" }, { pageSize: 4 });
    expect(first.total).toBe(23);
    expect(first.moreThanTotal).toBe(false);
    await expect(listReadableNotas(user, { sorteer: "kamer", richting: "op", na: "bestaat-niet" })).rejects.toThrow(/bestaat niet/);
  });
});
