// Posting a code to the MFA endpoints from the browser: the answer as the forms need it.
export type MfaAnswer<T> = { ok: true; body: T } | { ok: false; status: number; message: string; fieldMessage: string | null };

export async function postMfa<T>(path: string, body: unknown, field: string): Promise<MfaAnswer<T>> {
  try {
    const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, body: answer as T };
    const issues = (answer.issues ?? []) as Array<{ path: string; message: string }>;
    return {
      ok: false,
      status: response.status,
      message: answer.error ?? "Er ging iets mis. Probeer het opnieuw.",
      fieldMessage: issues.find((issue) => issue.path === field)?.message ?? null,
    };
  } catch {
    return { ok: false, status: 0, message: "De verbinding met de server is mislukt. Controleer uw netwerk en probeer het opnieuw.", fieldMessage: null };
  }
}

/** A full navigation, so that the server renders the next page with the session as it now is. */
export function goTo(path: string): void {
  window.location.assign(path);
}

/**
 * A refusal that is not about the code: 409 (not enrolled, or enrolled already: `otherStep`
 * is where to go) or 401 (no longer logged in). Navigates and says so.
 */
export function leaveFor(status: number, otherStep: "/mfa" | "/mfa/instellen", callbackPath: string): boolean {
  if (status === 409) goTo(`${otherStep}?callbackUrl=${encodeURIComponent(callbackPath)}`);
  else if (status === 401) goTo(LOGIN_PATH);
  else return false;
  return true;
}

const LOGIN_PATH = "/login";

/** After the password: the second step, which sends on at once whoever it asks nothing of. */
export function secondStepPath(callbackPath: string): string {
  return `/mfa?callbackUrl=${encodeURIComponent(callbackPath)}`;
}
