// A signed-in HTTP client for benchmarks: keeps next-auth's cookies and sends the Origin a
// browser would send.
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from "../../lib/auth/mfa/totp";
import { DEMO_MFA_SECRET, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

export class HttpSession {
  private readonly cookies = new Map<string, string>();
  private next = 0;
  /** Requests go round-robin to these app instances (as a load balancer sends them); sessions live in the database, so any instance serves them. */
  private readonly bases: string[];
  constructor(base: string | string[]) {
    this.bases = Array.isArray(base) ? base : [base];
  }

  get base(): string {
    return this.bases[0];
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      this.cookies.set(name.trim(), value.join("="));
    }
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const base = this.bases[this.next++ % this.bases.length];
    const response = await fetch(base + url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers ?? {}), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "), origin: base },
    });
    this.remember(response);
    return response;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<this> {
    // Both calls to the first instance: the CSRF cookie and token must match.
    const { csrfToken } = await (await this.fetchFirst("/api/auth/csrf")).json();
    const response = await this.fetchFirst("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    if (![200, 302].includes(response.status) || ![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) {
      throw new Error(`login ${email}: ${response.status}`);
    }
    await this.passSecondFactor(email);
    return this;
  }

  /**
   * Tweestapsverificatie for a demo account that needs it, with the code of the demo secret. A
   * time step is accepted once per person: a step used by another session means the next one.
   */
  private async passSecondFactor(email: string): Promise<void> {
    const probe = await this.fetchFirst("/api/sessie");
    if (probe.status !== 403) return;
    const tried = new Set<number>();
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = totpStep(new Date());
      const step = [current, current + 1, current - 1].find((s) => !tried.has(s));
      if (step === undefined) {
        await new Promise((resolve) => setTimeout(resolve, ((current + 1) * TOTP_PERIOD_SECONDS - Date.now() / 1000) * 1000 + 100));
        continue;
      }
      tried.add(step);
      const response = await this.fetchFirst("/api/mfa/verificatie", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ method: "app", code: totpCode(DEMO_MFA_SECRET, step) }),
      });
      if (response.ok) return;
      if (response.status === 429) await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after") ?? 1) * 1000));
    }
    throw new Error(`tweestapsverificatie ${email}: geen code aanvaard`);
  }

  /** The session's cookies as a Cookie header, for other clients (Lighthouse). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private fetchFirst(url: string, init: RequestInit = {}): Promise<Response> {
    this.next = 0;
    return this.fetch(url, init).finally(() => (this.next = 0));
  }

  /** Sends JSON and times the request; resolves with the status and the elapsed milliseconds. */
  async timedJson(method: string, url: string, body?: unknown): Promise<{ status: number; ms: number; body: string }> {
    const started = performance.now();
    const response = await this.fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, body: text };
  }
}
