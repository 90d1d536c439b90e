// The demo's people on the example nota's route, signed in for a benchmark: the drafter, the
// Via chain, and the four deciding offices with the office each decides for.
import type { Db } from "../../lib/db/create-client";
import type { DemoOfficeCode } from "../../prisma/seed/demo-offices";
import { HttpSession } from "./http-session";

export async function routePeople(db: Db, bases: string | string[]) {
  const ids = Object.fromEntries((await db.office.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id])) as Record<DemoOfficeCode, string>;
  const drafterId = (await db.user.findUniqueOrThrow({ where: { email: "opsteller@demo.notaroute.nl" } })).id;
  const login = (name: string) => new HttpSession(bases).login(`${name}@demo.notaroute.nl`);
  const [opsteller, dgpz, sg, m, r, mindef, minjenv] = await Promise.all(
    ["opsteller", "paraaf.dgpz", "paraaf.sg", "kabinet.m", "kabinet.r", "kabinet.mindef", "kabinet.minjenv"].map(login),
  );
  const deciders = [
    [m, ids.M],
    [r, ids.R],
    [mindef, ids.MinDEF],
    [minjenv, ids.MinJenV],
  ] as const;
  return { ids, drafterId, opsteller, dgpz, sg, m, deciders };
}
