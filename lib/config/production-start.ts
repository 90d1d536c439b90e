// What `npm start` requires before it serves a database of its own (DATABASE_URL): a secret to
// sign sessions with, and an https address, so that session cookies never travel in the clear.
// Plain http only on this machine (localhost), as the tests and benchmarks use it.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function productionStartProblems(env: { NEXTAUTH_URL?: string; NEXTAUTH_SECRET?: string }): string[] {
  const problems: string[] = [];
  if (!env.NEXTAUTH_SECRET) problems.push("NEXTAUTH_SECRET ontbreekt: verplicht bij een eigen DATABASE_URL (zie .env.example).");
  else if (env.NEXTAUTH_SECRET.length < 32) problems.push("NEXTAUTH_SECRET moet minstens 32 tekens lang zijn.");
  if (!env.NEXTAUTH_URL) {
    problems.push("NEXTAUTH_URL ontbreekt: het https-adres waarop Notaroute bereikbaar is, verplicht bij een eigen DATABASE_URL.");
    return problems;
  }
  let url: URL;
  try {
    url = new URL(env.NEXTAUTH_URL);
  } catch {
    problems.push(`NEXTAUTH_URL is geen adres: ${env.NEXTAUTH_URL}`);
    return problems;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
    problems.push(`NEXTAUTH_URL moet met https:// beginnen (http alleen voor localhost): ${env.NEXTAUTH_URL}`);
  }
  return problems;
}
