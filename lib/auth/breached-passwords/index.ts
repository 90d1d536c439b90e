// The bundled list of breached passwords (README.md beside this file says where it comes from),
// as a set built on first use. Server only: 860 kB that the browser has no business loading.
import "server-only";
import list from "./breached-passwords.json";

let breached: Set<string> | undefined;

/** Whether the password is on the list; the list is lower-cased, so the comparison is too. */
export function isBreachedPassword(password: string): boolean {
  breached ??= new Set(list as string[]);
  return breached.has(password.toLowerCase());
}
