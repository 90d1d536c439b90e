"use server";

import { revalidatePath } from "next/cache";
import type { AccountLinkFormState } from "@/components/accounts/account-link-state";
import { requireUser } from "@/lib/auth/current-user";
import { ACCOUNT_LINK_LABELS } from "@/lib/domain/accounts/account-link";
import { formatMoment } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/domain/errors";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { requestContext } from "@/lib/http/request-context";
import { addMembership, removeMembership } from "@/lib/services/accounts/change-membership";
import { createPerson } from "@/lib/services/accounts/create-person";
import { issueAccountLink, type IssuedLink } from "@/lib/services/accounts/issue-account-link";
import { deactivatePerson, reactivatePerson } from "@/lib/services/accounts/set-person-active";
import { CreatePersonSchema, MembershipSchema, PersonIdSchema, RemoveMembershipSchema, type CreatePersonInput } from "@/lib/validation/accounts";
import { formObject } from "@/lib/validation/planning";

function done<T extends FormState>(state: T): T {
  if (state.done) revalidatePath("/beheer/personen", "layout");
  return state;
}

function linkView(link: IssuedLink, personName: string) {
  return { kindLabel: ACCOUNT_LINK_LABELS[link.kind], url: link.url, expires: formatMoment(link.expiresAt), personName };
}

/** "Persoon toevoegen": answers with the invitation link, the only time it is ever shown. */
export async function createPersonAction(values: CreatePersonInput): Promise<AccountLinkFormState> {
  const user = await requireUser();
  let created: AccountLinkFormState["link"] = null;
  let personId: string | undefined;
  const state = await formAction(async () => {
    const parsed = CreatePersonSchema.safeParse(values);
    if (!parsed.success) throw invalidInput(parsed.error.issues, "De persoon is nog niet aangemaakt.");
    const result = await createPerson({ user, input: parsed.data, context: await requestContext() });
    created = linkView(result.link, parsed.data.name);
    personId = result.personId;
    return `${parsed.data.name} is toegevoegd.`;
  });
  return done({ ...state, link: created, personId });
}

/** "Opnieuw uitnodigen" / "Herstellink maken". */
export async function issueAccountLinkAction(_previous: AccountLinkFormState, form: FormData): Promise<AccountLinkFormState> {
  const user = await requireUser();
  let issued: AccountLinkFormState["link"] = null;
  const state = await formAction(async () => {
    const parsed = PersonIdSchema.safeParse(formObject(form));
    if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze persoon bestaat niet (meer).");
    const link = await issueAccountLink({ user, personId: parsed.data.userId, context: await requestContext() });
    issued = linkView(link, link.personName);
    return "De link is gemaakt.";
  });
  return done({ ...state, link: issued });
}

export async function addMembershipAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = MembershipSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Het lidmaatschap is niet toegevoegd.");
      const { sessionsEnded } = await addMembership({ user, input: parsed.data, context: await requestContext() });
      return sessionsEnded > 0 ? "Het lidmaatschap is toegevoegd; de persoon is uitgelogd en moet opnieuw inloggen." : "Het lidmaatschap is toegevoegd.";
    }),
  );
}

export async function removeMembershipAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = RemoveMembershipSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Dit lidmaatschap bestaat niet (meer).");
      await removeMembership({ user, membershipId: parsed.data.membershipId, context: await requestContext() });
      return "Het lidmaatschap is beëindigd.";
    }),
  );
}

export async function deactivatePersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = PersonIdSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze persoon bestaat niet (meer).");
      await deactivatePerson({ user, personId: parsed.data.userId, context: await requestContext() });
      return "Het account is gedeactiveerd.";
    }),
  );
}

export async function reactivatePersonAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  return done(
    await formAction(async () => {
      const parsed = PersonIdSchema.safeParse(formObject(form));
      if (!parsed.success) throw invalidInput(parsed.error.issues, "Deze persoon bestaat niet (meer).");
      await reactivatePerson({ user, personId: parsed.data.userId, context: await requestContext() });
      return "Het account is weer actief.";
    }),
  );
}
