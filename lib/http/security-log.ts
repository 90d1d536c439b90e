// One line of JSON per event on the server's output, for the log processor the operator ships
// it to (docs/security/logging.md). JSON.stringify escapes every control character, so nothing
// a client sends can forge a line. Never nota content, passwords, codes or tokens: only what
// happened, where, and the error code.
// No "server-only": the proxy logs through it as well.

export type SecurityLogLevel = "info" | "warn" | "error";

export function logSecurityEvent(level: SecurityLogLevel, event: string, fields: Record<string, string | number | boolean | null>): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}

/** An error's class and code, without its message (which may quote the request or a value). */
export function errorKind(thrown: unknown): string {
  if (!(thrown instanceof Error)) return typeof thrown;
  const code = (thrown as { code?: unknown }).code;
  return `${thrown.name}${typeof code === "string" ? ` ${code}` : ""}`;
}
