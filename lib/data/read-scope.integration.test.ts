// The Prisma filter (readableNotaWhere) and the pure rule (canReadNota) must agree for every
// role and status: the list and the nota page use the first, other code the second.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Role } from "@/lib/domain/enums";
import type { RouteStatus as NotaStatus } from "@/lib/domain/route/state-machine";
import { canReadNota, type CurrentUser } from "@/lib/domain/permissions";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser } from "@/lib/testing/users";
import { readableNotaWhere } from "./read-scope";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const STATUSES: NotaStatus[] = ["CONCEPT", "PARAAF", "TER_BESLISSING", "BESLOTEN"];
let users: CurrentUser[] = [];
let notas: Array<{ id: string; status: NotaStatus; ownerOfficeId: string; via: string; recipients: string[] }> = [];

beforeAll(async () => {
  const [owner, via, deciding, copy, unrelated, secretariat] = await Promise.all(
    ["owner", "via", "deciding", "copy", "unrelated", "secretariat"].map(() => createOffice(db)),
  );
  const make = async (officeId: string, role: Role): Promise<CurrentUser> => asCurrentUser(await createUser(db, { memberships: [{ officeId, role }] }));
  users = await Promise.all([
    make(owner.id, "OPSTELLER"),
    make(via.id, "PARAAF"),
    make(deciding.id, "KABINET"),
    make(copy.id, "KABINET"),
    make(unrelated.id, "KABINET"),
    make(secretariat.id, "SECRETARIAAT"),
  ]);
  notas = [];
  for (const status of STATUSES) {
    const content = notaContent(owner.id, {
      parties: { AAN: [], VAN: [], VIA: [{ officeId: via.id, text: null, personalData: false }], KOPIE_AAN: [], AFGESTEMD_MET: [] },
      recipients: { besluit: [deciding.id], informatie: [copy.id] },
    });
    const { id } = await createNota(db, { content, status });
    notas.push({ id, status, ownerOfficeId: owner.id, via: via.id, recipients: [deciding.id, copy.id] });
  }
});

describe("readableNotaWhere", () => {
  it("agrees with canReadNota for every user and status", async () => {
    const ids = notas.map((n) => n.id);
    for (const user of users) {
      const visible = await db.nota.findMany({ where: { id: { in: ids }, ...readableNotaWhere(user) }, select: { id: true } });
      const expected = notas.filter((n) => canReadNota(user, { status: n.status, ownerOfficeId: n.ownerOfficeId, readerOfficeIds: [n.via, ...n.recipients] }));
      expect(visible.map((v) => v.id).sort(), user.memberships[0].role).toEqual(expected.map((n) => n.id).sort());
    }
  });

  it("lets a vervanger read what the office they stand in for reads", async () => {
    const deciding = notas[1].recipients[0];
    const delegate: CurrentUser = { ...users[4], delegatedOfficeIds: [deciding], delegations: { [deciding]: "d" } };
    const visible = await db.nota.findMany({ where: { id: { in: notas.map((n) => n.id) }, ...readableNotaWhere(delegate) }, select: { id: true } });
    expect(visible.map((v) => v.id).sort()).toEqual(
      notas
        .filter((n) => n.status !== "CONCEPT")
        .map((n) => n.id)
        .sort(),
    );
  });

  it("hides everything from an office that has nothing to do with the notas", async () => {
    const unrelated = users[4];
    const visible = await db.nota.count({ where: { id: { in: notas.map((n) => n.id) }, ...readableNotaWhere(unrelated) } });
    expect(visible).toBe(0);
  });
});
