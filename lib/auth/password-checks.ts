// At most a few password checks at once per app instance: each argon2id check takes 19 MiB and
// a core for a moment, and a burst of logins must not take the server down with it. The others
// wait their turn (a queue in this process only; the limits on attempts are in the database).
import { MAX_CONCURRENT_PASSWORD_CHECKS } from "./login-policy";
import { verifyPassword } from "./password";

let running = 0;
const waiting: Array<() => void> = [];

export async function checkPassword(passwordHash: string, password: string): Promise<boolean> {
  if (running >= MAX_CONCURRENT_PASSWORD_CHECKS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await verifyPassword(passwordHash, password);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** For tests: how many checks run now. */
export function passwordChecksRunning(): number {
  return running;
}
