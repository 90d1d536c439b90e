// A signed-in HTTP client for benchmarks: keeps next-auth's cookies and sends the Origin a
// browser would send.
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

export class HttpSession {
  private readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      this.cookies.set(name.trim(), value.join("="));
    }
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(this.base + url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers ?? {}), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "), origin: this.base },
    });
    this.remember(response);
    return response;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<this> {
    const { csrfToken } = await (await this.fetch("/api/auth/csrf")).json();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    if (![200, 302].includes(response.status) || ![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) {
      throw new Error(`login ${email}: ${response.status}`);
    }
    return this;
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
