"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { requestContext } from "@/lib/http/request-context";
import { createDelegation, DelegationInputSchema, revokeDelegation } from "@/lib/services/delegations/delegations";

export interface DelegationFormState {
  fieldErrors: Record<string, string>;
  formError: string | null;
  done: string | null;
}

export async function createDelegationAction(_previous: DelegationFormState, form: FormData): Promise<DelegationFormState> {
  const user = await requireUser();
  const value = (key: string) => {
    const v = String(form.get(key) ?? "").trim();
    return v === "" ? null : v;
  };
  const [kind, delegateId] = (value("vervanger") ?? ":").split(":");
  const parsed = DelegationInputSchema.safeParse({
    officeId: value("officeId"),
    delegateUserId: kind === "persoon" ? delegateId : null,
    delegateOfficeId: kind === "kabinet" ? delegateId : null,
    startsOn: value("startsOn") ?? "",
    endsOn: value("endsOn") ?? "",
    reason: value("reason"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      fieldErrors[key === "delegateUserId" || key === "delegateOfficeId" ? "vervanger" : key] ??= issue.message;
    }
    return { fieldErrors, formError: null, done: null };
  }
  try {
    await createDelegation({ user, input: parsed.data, context: await requestContext() });
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return { fieldErrors: Object.fromEntries(error.issues.map((i) => [i.path === "delegateUserId" ? "vervanger" : i.path, i.message])), formError: error.message, done: null };
    }
    if (error instanceof ForbiddenError) return { fieldErrors: {}, formError: error.message, done: null };
    throw error;
  }
  revalidatePath("/vervanging");
  return { fieldErrors: {}, formError: null, done: "De vervanging is ingesteld." };
}

export async function revokeDelegationAction(form: FormData): Promise<void> {
  const user = await requireUser();
  try {
    await revokeDelegation({ user, delegationId: String(form.get("delegationId") ?? ""), context: await requestContext() });
  } catch (error) {
    if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
  }
  revalidatePath("/vervanging");
}
