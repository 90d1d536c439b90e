// The authorization matrix (issue 10): every role × every action on another office's nota. A
// role from an office that has nothing to do with the nota, or a person without any membership,
// is refused with the domain's error (not found for whoever may not read the nota, so its
// existence is not leaked), the nota and everything hanging off it is unchanged, and the refusal
// is in the audit log under that person's name. Where a role may act on any nota by design, the
// cell says so with the rule, and checks that it really can.
// Actions: lib/testing/authorization-matrix/actions.ts; targets: ./fixture.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { matrixActions, type Cell, type MatrixAction } from "@/lib/testing/authorization-matrix/actions";
import {
  buildStrangers,
  buildTarget,
  buildTargets,
  buildWorld,
  MATRIX_ROLES,
  snapshot,
  type MatrixRole,
  type Stage,
  type Stranger,
  type Target,
  type World,
} from "@/lib/testing/authorization-matrix/fixture";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const ACTIONS = matrixActions(db);
/** Roles that read every nota: for them a refusal is "forbidden", for everyone else "not found". */
const READ_EVERY_NOTA: readonly MatrixRole[] = ["SECRETARIAAT", "BEHEER"];

type Outcome = "refused" | "allowed" | "no effect";
const outcomeOf = (action: MatrixAction, role: MatrixRole): Outcome => (action.noEffect ? "no effect" : action.allowed?.[role] ? "allowed" : "refused");

const MATRIX = MATRIX_ROLES.flatMap((role) => ACTIONS.map((action) => ({ role, action, outcome: outcomeOf(action, role) })));

function expectedError(action: MatrixAction, role: MatrixRole) {
  const special = action.refusedAs?.[role];
  if (special) return special;
  if (action.gate === "role") return ForbiddenError;
  if (action.gate === "object") return NotFoundError;
  return READ_EVERY_NOTA.includes(role) ? ForbiddenError : NotFoundError;
}

let world: World;
let strangers: Record<MatrixRole, Stranger>;
let targets: Record<Stage, Target>;
/** A target of its own for every allowed cell that changes something, so the shared ones stay in the state the refusals need. */
const ownTargets = new Map<string, Target>();
const ownTargetKey = (role: MatrixRole, action: MatrixAction) => `${role}: ${action.name}`;

/** Runs `work` over `items`, a few at a time: builds overlap their commits without exhausting the pool. */
async function fewAtATime<T>(items: readonly T[], work: (item: T) => Promise<void>, width = 6): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

beforeAll(async () => {
  world = await buildWorld(db);
  const [people, built] = await Promise.all([buildStrangers(db), buildTargets(db, world)]);
  strangers = Object.fromEntries(people.map((s) => [s.role, s])) as Record<MatrixRole, Stranger>;
  targets = built;
  const changing = MATRIX.filter((cell) => cell.outcome === "allowed" && cell.action.writes);
  await fewAtATime(changing, async ({ role, action }) => {
    ownTargets.set(ownTargetKey(role, action), await buildTarget(db, world, action.target));
  });
});

function refusalsSince(actorId: string, mark: bigint) {
  return db.auditEvent.findMany({ where: { actorId, result: "REFUSED", id: { gt: mark } }, select: { action: true, notaId: true, objectId: true } });
}

test("the matrix covers every role × every action", () => {
  const count = (outcome: Outcome) => MATRIX.filter((cell) => cell.outcome === outcome).length;
  console.info(
    `authorization matrix: ${MATRIX_ROLES.length} roles × ${ACTIONS.length} actions = ${MATRIX.length} cells ` +
      `(${count("refused")} refused, ${count("allowed")} allowed by design, ${count("no effect")} without effect on others' rows)`,
  );
  expect(new Set(ACTIONS.map((a) => a.name)).size).toBe(ACTIONS.length);
  expect(ACTIONS.length).toBeGreaterThanOrEqual(45);
  expect(MATRIX.length).toBe(MATRIX_ROLES.length * ACTIONS.length);
  // Who may do what to another office's nota is a decision: a change to it is made here, on purpose.
  expect({ refused: count("refused"), allowed: count("allowed"), noEffect: count("no effect") }).toEqual({ refused: 226, allowed: 62, noEffect: 12 });
  // A person without any membership may do nothing to anyone's nota.
  expect(MATRIX.filter((cell) => cell.role === "NONE" && cell.outcome === "allowed")).toEqual([]);
});

const ROLE_LABELS: Record<MatrixRole, string> = {
  OPSTELLER: "an opsteller of an unrelated office",
  PARAAF: "a parafeerder of an unrelated office",
  KABINET: "a kabinet member of an unrelated office",
  SECRETARIAAT: "a secretariaat member of an unrelated office",
  BEHEER: "a beheer member of an unrelated office",
  NONE: "a person without any membership",
};

describe.each(MATRIX_ROLES.map((role) => [ROLE_LABELS[role], role] as const))("%s", (_, role) => {
  const cells = MATRIX.filter((cell) => cell.role === role);

  test.each(cells.filter((c) => c.outcome === "refused").map((c) => [c.action.name, c.action] as const))("refuses: %s", async (_, action) => {
    const stranger = strangers[role];
    const cell: Cell = { world, target: targets[action.target], stranger };
    const before = await snapshot(db, world, cell.target, stranger.user.id);

    const error = await action.run(cell).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error, "the action was allowed").not.toBeNull();
    expect(error).toBeInstanceOf(expectedError(action, role));
    expect((await snapshot(db, world, cell.target, stranger.user.id)).rows).toEqual(before.rows);
    const refusals = await refusalsSince(stranger.user.id, before.auditMark);
    expect(refusals, "exactly one refusal on the record").toHaveLength(1);
    const subject = action.subject ? action.subject(cell) : cell.target.id;
    if (subject !== null) expect([refusals[0].notaId, refusals[0].objectId], "the refusal names what was refused").toContain(subject);
  });

  const allowed = cells.filter((c) => c.outcome === "allowed");
  if (allowed.length > 0) {
    test.each(allowed.map((c) => [c.action.name, c.action.allowed![role]!, c.action] as const))("allowed by design: %s (%s)", async (_, __, action) => {
      const stranger = strangers[role];
      const target = action.writes ? ownTargets.get(ownTargetKey(role, action))! : targets[action.target];
      const cell: Cell = { world, target, stranger };
      const before = await snapshot(db, world, target, stranger.user.id);

      await action.run(cell);

      expect(await refusalsSince(stranger.user.id, before.auditMark)).toEqual([]);
      if (action.writes) expect((await snapshot(db, world, target, stranger.user.id)).rows).not.toEqual(before.rows);
    });
  }

  const noEffect = cells.filter((c) => c.outcome === "no effect");
  if (noEffect.length > 0) {
    test.each(noEffect.map((c) => [c.action.name, c.action.noEffect!, c.action] as const))("no effect: %s (%s)", async (_, __, action) => {
      const stranger = strangers[role];
      const cell: Cell = { world, target: targets[action.target], stranger };
      const before = await snapshot(db, world, cell.target, stranger.user.id);
      await action.run(cell);
      expect((await snapshot(db, world, cell.target, stranger.user.id)).rows).toEqual(before.rows);
    });
  }
});
