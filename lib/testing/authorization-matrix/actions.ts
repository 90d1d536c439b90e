// Every service entry point that acts on one nota, or on one object that belongs to a nota, an
// office or a person, as data: what it is called, which target it acts on, how it is refused,
// and who may do it on any nota by design (with the rule that says so). The matrix runs each of
// them for every role (authorization-matrix.integration.test.ts).
import type { Db } from "@/lib/db/create-client";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { addDays } from "@/lib/domain/planning";
import type { RouteStatus } from "@/lib/domain/route/state-machine";
import { endUserSession } from "@/lib/services/sessions/sessions";
import { revokeCalendarToken } from "@/lib/services/calendar/calendar-tokens";
import { markNotaSent } from "@/lib/services/councils/mark-nota-sent";
import { scheduleNota } from "@/lib/services/councils/schedule-nota";
import { setDecisionDeadline } from "@/lib/services/councils/set-decision-deadline";
import { createDelegation } from "@/lib/services/delegations/create-delegation";
import { revokeDelegation } from "@/lib/services/delegations/revoke-delegation";
import { exportNotaDocument, type DocumentFormat } from "@/lib/services/export/export-nota-document";
import { markNotificationsRead } from "@/lib/services/inbox/mark-notifications-read";
import { addAttachment, assertMayAddAttachment } from "@/lib/services/nota/add-attachment";
import { compareVersions } from "@/lib/services/nota/compare-versions";
import { createNota } from "@/lib/services/nota/create-nota";
import { leavePresence } from "@/lib/services/nota/leave-presence";
import { listVersions } from "@/lib/services/nota/list-versions";
import { loadEditor } from "@/lib/services/nota/load-editor";
import { loadNota } from "@/lib/services/nota/load-nota";
import { loadTimeline } from "@/lib/services/nota/load-timeline";
import { readAttachment } from "@/lib/services/nota/read-attachment";
import { recordNamedVersion } from "@/lib/services/nota/record-named-version";
import { removeAttachment } from "@/lib/services/nota/remove-attachment";
import { saveNotaDraft } from "@/lib/services/nota/save-nota-draft";
import { touchPresence } from "@/lib/services/nota/touch-presence";
import { exportNotaPersonnel } from "@/lib/services/personnel/nota-personnel";
import { loadNotaPlan } from "@/lib/services/planning/load-nota-plan";
import { decideNota } from "@/lib/services/route/decide-nota";
import { initialNota } from "@/lib/services/route/initial-nota";
import { loadRouteView } from "@/lib/services/route/load-route-view";
import { offerNota } from "@/lib/services/route/offer-nota";
import { returnNota } from "@/lib/services/route/return-nota";
import { withdrawNota } from "@/lib/services/route/withdraw-nota";
import { changeToezeggingStatus } from "@/lib/services/toezeggingen/change-toezegging-status";
import { linkNotaToToezegging, unlinkNotaFromToezegging } from "@/lib/services/toezeggingen/link-nota";
import { TEST_CONTEXT } from "../users";
import { PDF_BYTES, type MatrixRole, type Stage, type Stranger, type Target, type World } from "./fixture";

export interface Cell {
  world: World;
  target: Target;
  stranger: Stranger;
}

type ErrorClass = abstract new (...args: never[]) => Error;

export interface MatrixAction {
  name: string;
  /** The target nota (and its objects) the action is tried on: one in the state where it would be possible. */
  target: Stage;
  /**
   * How a refusal looks. "nota": the service first looks the nota up in the reader's scope, so
   * whoever cannot read it is told it is not found (its existence is not leaked), and a reader who
   * may not do this is forbidden. "role": a check of the role comes first, forbidden for all.
   * "object": the object is looked up among the actor's own, not found for all.
   */
  gate: "nota" | "role" | "object";
  /** A refusal of another kind for some roles, with the reason in a comment where it is set. */
  refusedAs?: Partial<Record<MatrixRole, ErrorClass>>;
  /** Roles that may do this on any nota by design, with the rule that allows it. */
  allowed?: Partial<Record<MatrixRole, string>>;
  /** The action only ever touches the actor's own rows: on someone else's it does nothing, for everyone. */
  noEffect?: string;
  /** Changes something when allowed: an allowed cell gets a fresh target, so the shared one stays as it is. */
  writes?: boolean;
  /** What the refusal's audit event names (as notaId or objectId); null: any refusal of the actor. Default: the target nota. */
  subject?: (cell: Cell) => string | null;
  run(cell: Cell): Promise<unknown>;
}

// Why a role may do something on a nota that is not its office's: the rules in the code.
const SEES_ALL = "secretariaat and beheer read every nota (ROLES_SEEING_ALL_NOTAS in lib/domain/permissions.ts)";
const BEHEER_EDITS = "beheer edits any nota in an editable state (OFFICE_RULES nota.edit: BEHEER, scope any)";
const BEHEER_DRAFTS = "beheer drafts for any office (OFFICE_RULES nota.create: BEHEER, scope any) and reads every nota";
const BEHEER_ROUTE = "beheer takes the drafter's steps on any nota (state machine: OFFER and WITHDRAW by opsteller or beheer)";
const SECRETARIAAT_PLANS = "the secretariat plans every nota into the councils (state machine: SCHEDULE_*/MARK_SENT by secretariaat)";
const SECRETARIAAT_KEEPS = "the secretariat keeps decision deadlines and toezeggingen for every nota (canPlanCouncils)";
const BEHEER_SESSIONS = "beheer ends anyone's session (lib/services/sessions/sessions.ts)";

const READERS = { SECRETARIAAT: SEES_ALL, BEHEER: SEES_ALL } as const;
const EDITORS = { BEHEER: BEHEER_EDITS } as const;

const EXPORTS: Array<{ variant: string; format: DocumentFormat; withDecisions: boolean; publication: "kamerstuk" | "woo" | null; part: "nota" | "bijlage" }> = [
  { variant: "intern DOCX", format: "docx", withDecisions: false, publication: null, part: "nota" },
  { variant: "intern PDF", format: "pdf", withDecisions: false, publication: null, part: "nota" },
  { variant: "met besluiten DOCX", format: "docx", withDecisions: true, publication: null, part: "nota" },
  { variant: "met besluiten PDF", format: "pdf", withDecisions: true, publication: null, part: "nota" },
  { variant: "bij Kamerstuk DOCX", format: "docx", withDecisions: false, publication: "kamerstuk", part: "nota" },
  { variant: "bij Kamerstuk PDF", format: "pdf", withDecisions: false, publication: "kamerstuk", part: "nota" },
  { variant: "bij Kamerstuk metadata", format: "json", withDecisions: false, publication: "kamerstuk", part: "nota" },
  { variant: "Woo-verzoek DOCX", format: "docx", withDecisions: false, publication: "woo", part: "nota" },
  { variant: "Woo-verzoek PDF", format: "pdf", withDecisions: false, publication: "woo", part: "nota" },
  { variant: "Woo-verzoek metadata", format: "json", withDecisions: false, publication: "woo", part: "nota" },
  { variant: "bijlage DOCX", format: "docx", withDecisions: false, publication: null, part: "bijlage" },
  { variant: "bijlage PDF", format: "pdf", withDecisions: false, publication: null, part: "bijlage" },
];

export function matrixActions(db: Db): MatrixAction[] {
  /** The nota as it is now: every step is asked on the current state, so a refusal is about who, never about staleness. */
  const now = (target: Target) => db.nota.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, version: true } });
  const step = async ({ stranger, target }: Cell) => {
    const nota = await now(target);
    return { user: stranger.user, notaId: target.id, expectedStatus: nota.status as RouteStatus, expectedVersion: nota.version, context: TEST_CONTEXT };
  };
  const user = (cell: Cell): CurrentUser => cell.stranger.user;
  const context = TEST_CONTEXT;

  return [
    // Reading.
    {
      name: "read the nota page (concept)",
      target: "concept",
      gate: "nota",
      allowed: READERS,
      run: (c) => loadNota({ user: user(c), reference: c.target.reference, context }),
    },
    {
      name: "read the nota page (besloten)",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: (c) => loadNota({ user: user(c), reference: c.target.reference, context }),
    },
    {
      name: "route panel",
      target: "terBeslissing",
      gate: "nota",
      allowed: READERS,
      run: (c) => loadRouteView({ user: user(c), notaId: c.target.id, context }),
    },
    {
      name: "history (timeline, everything)",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: (c) => loadTimeline({ user: user(c), notaId: c.target.id, all: true, context }),
    },
    { name: "planning panel", target: "besloten", gate: "nota", allowed: READERS, run: (c) => loadNotaPlan(user(c), c.target.id, context) },
    {
      name: "list versions",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: (c) => listVersions({ user: user(c), reference: c.target.reference, context }),
    },
    {
      name: "compare versions",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: async (c) => {
        const latest = await db.notaVersion.findFirstOrThrow({ where: { notaId: c.target.id }, orderBy: { number: "desc" }, select: { number: true } });
        return compareVersions({ user: user(c), notaId: c.target.id, from: 1, to: latest.number, context });
      },
    },
    {
      name: "download attachment",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      subject: (c) => c.target.attachmentId,
      run: (c) => readAttachment({ user: user(c), attachmentId: c.target.attachmentId, context }),
    },
    ...EXPORTS.map((e): MatrixAction => ({
      name: `export document: ${e.variant}`,
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: (c) =>
        exportNotaDocument({
          user: user(c),
          notaId: c.target.id,
          format: e.format,
          withDecisions: e.withDecisions,
          publication: e.publication,
          part: e.part,
          context,
        }),
    })),
    {
      name: "personnel overview (CSV)",
      target: "besloten",
      gate: "nota",
      allowed: READERS,
      run: (c) => exportNotaPersonnel({ user: user(c), notaId: c.target.id, context }),
    },
    {
      name: "presence heartbeat",
      target: "concept",
      gate: "nota",
      allowed: READERS,
      writes: true,
      run: (c) => touchPresence(user(c), c.target.id, context),
    },
    {
      name: "leave presence",
      target: "concept",
      gate: "nota",
      noEffect: "removes only the actor's own presence row; the drafter's stays",
      run: (c) => leavePresence(user(c), c.target.id),
    },

    // Editing.
    {
      name: "open the editor",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      run: (c) => loadEditor({ user: user(c), reference: c.target.reference, context }),
    },
    {
      name: "save content (autosave)",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      writes: true,
      run: async (c) =>
        saveNotaDraft({
          user: user(c),
          notaId: c.target.id,
          baseVersion: (await now(c.target)).version,
          content: { ...c.target.content, title: "Overschreven door een ander" },
          context,
        }),
    },
    {
      name: "save content moving the nota to the actor's office",
      target: "concept",
      gate: "nota",
      // Beheer may move a nota to any office (it drafts for any).
      allowed: { BEHEER: `${BEHEER_EDITS}; ${BEHEER_DRAFTS}` },
      writes: true,
      run: async (c) =>
        saveNotaDraft({
          user: user(c),
          notaId: c.target.id,
          baseVersion: (await now(c.target)).version,
          content: { ...c.target.content, ownerOfficeId: c.stranger.officeId ?? c.world.ownerOfficeId },
          context,
        }),
    },
    {
      name: "record a named version",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      writes: true,
      run: async (c) =>
        recordNamedVersion({ user: user(c), notaId: c.target.id, expectedVersion: (await now(c.target)).version, label: "Van een ander", context }),
    },
    {
      name: "may add an attachment (checked before the upload is read)",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      run: (c) => assertMayAddAttachment(user(c), c.target.id, context),
    },
    {
      name: "add attachment",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      writes: true,
      run: async (c) =>
        addAttachment({
          user: user(c),
          notaId: c.target.id,
          baseVersion: (await now(c.target)).version,
          fileName: "Van een ander.pdf",
          bytes: PDF_BYTES,
          context,
        }),
    },
    {
      name: "remove attachment",
      target: "concept",
      gate: "nota",
      allowed: EDITORS,
      writes: true,
      run: async (c) =>
        removeAttachment({ user: user(c), notaId: c.target.id, attachmentId: c.target.attachmentId, baseVersion: (await now(c.target)).version, context }),
    },
    {
      name: "new nota as a copy of it",
      target: "concept",
      gate: "role",
      // An opsteller may create notas for their own office, so the copy's source is what is
      // refused: answered like a mistyped reference, as a field error of the form, which does not
      // tell whether the nota exists either. Everyone else may not create a nota for that office.
      refusedAs: { OPSTELLER: InvalidInputError },
      subject: (c) => (c.stranger.role === "OPSTELLER" ? c.target.id : null),
      allowed: { BEHEER: BEHEER_DRAFTS },
      writes: true,
      run: (c) =>
        createNota({
          user: user(c),
          input: { ownerOfficeId: c.stranger.officeId ?? c.world.ownerOfficeId, title: "Kopie", start: { kind: "copy", sourceReference: c.target.reference } },
          context,
        }),
    },

    // The route.
    { name: "offer (aanbieden)", target: "concept", gate: "nota", allowed: { BEHEER: BEHEER_ROUTE }, writes: true, run: async (c) => offerNota(await step(c)) },
    { name: "initial (paraferen)", target: "paraaf", gate: "nota", run: async (c) => initialNota(await step(c)) },
    {
      name: "return by the Via unit (terugsturen)",
      target: "paraaf",
      gate: "nota",
      run: async (c) => returnNota({ ...(await step(c)), reason: "Niet akkoord." }),
    },
    {
      name: "return for the deciding office (terugsturen)",
      target: "terBeslissing",
      gate: "nota",
      run: async (c) => returnNota({ ...(await step(c)), reason: "Niet akkoord.", officeId: c.world.decidingOfficeId }),
    },
    {
      name: "withdraw (intrekken)",
      target: "terBeslissing",
      gate: "nota",
      allowed: { BEHEER: BEHEER_ROUTE },
      writes: true,
      run: async (c) => withdrawNota({ ...(await step(c)), reason: "Niet meer nodig." }),
    },
    {
      name: "decide for the deciding office (besluiten)",
      target: "terBeslissing",
      gate: "nota",
      run: async (c) => decideNota({ user: user(c), notaId: c.target.id, context, input: await decisionFor(db, c, c.world.decidingOfficeId) }),
    },
    {
      name: "decide for the actor's own office (besluiten)",
      target: "terBeslissing",
      gate: "nota",
      run: async (c) =>
        decideNota({ user: user(c), notaId: c.target.id, context, input: await decisionFor(db, c, c.stranger.officeId ?? c.world.decidingOfficeId) }),
    },
    {
      name: "schedule for the onderraad (agenderen)",
      target: "besloten",
      gate: "nota",
      allowed: { SECRETARIAAT: SECRETARIAAT_PLANS },
      writes: true,
      run: async (c) => scheduleNota({ ...(await step(c)), meetingId: c.target.onderraadMeetingId, kind: "HAMERSTUK", council: "ONDERRAAD" }),
    },
    {
      name: "schedule for the ministerraad (agenderen)",
      target: "besloten",
      gate: "nota",
      allowed: { SECRETARIAAT: SECRETARIAAT_PLANS },
      writes: true,
      run: async (c) => scheduleNota({ ...(await step(c)), meetingId: c.target.mrMeetingId, kind: "BESPREEKSTUK", council: "MINISTERRAAD" }),
    },
    {
      name: "mark sent (verzonden)",
      target: "geagendeerdMr",
      gate: "nota",
      allowed: { SECRETARIAAT: SECRETARIAAT_PLANS },
      writes: true,
      run: async (c) =>
        markNotaSent({ ...(await step(c)), outcome: "CONFORM", outcomeNote: null, sentOn: todayInAmsterdam(), toezeggingenVoldaan: [c.target.toezeggingId] }),
    },
    {
      name: "set a decision deadline",
      target: "terBeslissing",
      gate: "role",
      allowed: { SECRETARIAAT: SECRETARIAAT_KEEPS },
      writes: true,
      run: (c) =>
        setDecisionDeadline({
          user: user(c),
          input: { notaId: c.target.id, officeId: c.world.decidingOfficeId, date: addDays(todayInAmsterdam(), 3) },
          context,
        }),
    },

    // Toezeggingen.
    {
      name: "link a toezegging to the nota",
      target: "concept",
      gate: "role",
      allowed: { SECRETARIAAT: SECRETARIAAT_KEEPS },
      writes: true,
      subject: (c) => c.target.toezeggingId,
      run: (c) => linkNotaToToezegging({ user: user(c), input: { toezeggingId: c.target.toezeggingId, notaReference: c.target.reference }, context }),
    },
    {
      name: "unlink a toezegging from the nota",
      target: "besloten",
      gate: "role",
      allowed: { SECRETARIAAT: SECRETARIAAT_KEEPS },
      writes: true,
      subject: (c) => c.target.toezeggingId,
      run: (c) => unlinkNotaFromToezegging({ user: user(c), input: { toezeggingId: c.target.toezeggingId, notaId: c.target.id }, context }),
    },
    {
      name: "change the status of the nota's toezegging",
      target: "besloten",
      gate: "role",
      allowed: { SECRETARIAAT: SECRETARIAAT_KEEPS },
      writes: true,
      subject: (c) => c.target.toezeggingId,
      run: (c) => changeToezeggingStatus({ user: user(c), input: { toezeggingId: c.target.toezeggingId, status: "VOLDAAN" }, context }),
    },

    // Vervanging of the deciding office.
    {
      name: "name a vervanger for the deciding office",
      target: "terBeslissing",
      gate: "role",
      subject: (c) => c.world.decidingOfficeId,
      run: (c) =>
        createDelegation({
          user: user(c),
          input: {
            officeId: c.world.decidingOfficeId,
            delegateUserId: c.stranger.user.id,
            delegateOfficeId: null,
            startsOn: todayInAmsterdam(),
            endsOn: addDays(todayInAmsterdam(), 7),
            reason: null,
          },
          context,
        }),
    },
    {
      name: "end the deciding office's vervanging",
      target: "terBeslissing",
      gate: "role",
      subject: (c) => c.target.delegationId,
      run: (c) => revokeDelegation({ user: user(c), delegationId: c.target.delegationId, context }),
    },

    // The drafter's own objects.
    {
      name: "end the drafter's session",
      target: "concept",
      gate: "role",
      allowed: { BEHEER: BEHEER_SESSIONS },
      writes: true,
      subject: (c) => c.target.sessionId,
      run: (c) => endUserSession({ user: user(c), sessionId: c.target.sessionId, context }),
    },
    {
      name: "revoke the drafter's calendar token",
      target: "concept",
      gate: "object",
      subject: (c) => c.target.calendarTokenId,
      run: (c) => revokeCalendarToken(user(c), c.target.calendarTokenId, context),
    },
    {
      name: "mark the drafter's notification read",
      target: "concept",
      gate: "object",
      noEffect: "marks only the actor's own notifications (the user is part of the update's where)",
      run: (c) => markNotificationsRead(user(c), c.target.notificationId),
    },
  ];
}

/** A decision as the form would send it for `officeId`, on the text that lies before the offices. */
async function decisionFor(db: Db, cell: Cell, officeId: string) {
  const nota = await db.nota.findUniqueOrThrow({ where: { id: cell.target.id }, select: { version: true } });
  const offered = await db.notaVersion.findFirst({ where: { notaId: cell.target.id, revision: nota.version, kind: "EXPLICIT" }, orderBy: { number: "desc" } });
  return {
    officeId,
    expectedVersion: nota.version,
    contentHash: offered?.contentHash ?? "0".repeat(64),
    points: cell.target.content.decisionPoints.map((p) => ({ decisionPointId: p.id, decision: "AKKOORD" as const, annotation: null })),
    note: null,
  };
}
