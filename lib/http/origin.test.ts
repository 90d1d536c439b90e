import { describe, expect, it } from "vitest";
import { originPolicyFromEnv, originVerdict, type OriginFacts } from "./origin";

const post = (origin: string | null, extra: Partial<OriginFacts> = {}): OriginFacts => ({
  method: "POST",
  origin,
  secFetchSite: origin ? "same-origin" : null,
  host: "notaroute.example.nl",
  forwardedProto: "https",
  ...extra,
});

describe("origin check", () => {
  const production = originPolicyFromEnv({ NEXTAUTH_URL: "https://notaroute.example.nl/", NOTAROUTE_EXTRA_ORIGINS: "https://notaroute.intern, not a url" });
  const demo = originPolicyFromEnv({ NEXTAUTH_URL: "http://localhost:3000", NOTAROUTE_DEMO: "true" });

  it("accepts the configured public address and the listed extra origins in production", () => {
    expect(originVerdict(post("https://notaroute.example.nl"), production)).toEqual({ ok: true });
    expect(originVerdict(post("https://notaroute.intern"), production)).toEqual({ ok: true });
  });

  it("refuses a foreign origin, and Origin: null, in production and in the demo", () => {
    for (const policy of [production, demo]) {
      expect(originVerdict(post("https://evil.example"), policy)).toMatchObject({ ok: false });
      expect(originVerdict(post("null"), policy)).toMatchObject({ ok: false });
      expect(originVerdict(post("not a url"), policy)).toMatchObject({ ok: false });
    }
  });

  it("in production does not trust the address the request was sent to", () => {
    expect(originVerdict(post("http://evil.example", { host: "evil.example", forwardedProto: null }), production)).toMatchObject({ ok: false });
  });

  it("in the demo accepts every address the server answers on", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "192.168.1.20:3000"]) {
      expect(originVerdict(post(`http://${host}`, { host, forwardedProto: null }), demo)).toEqual({ ok: true });
    }
    expect(originVerdict(post("http://127.0.0.1:3000", { host: "localhost:3000", forwardedProto: null }), demo)).toMatchObject({ ok: false });
  });

  it("lets reads through, and requests without an Origin unless the browser says they are cross-site", () => {
    expect(originVerdict({ ...post("https://evil.example"), method: "GET" }, production)).toEqual({ ok: true });
    expect(originVerdict(post(null), production)).toEqual({ ok: true });
    expect(originVerdict(post(null, { secFetchSite: "cross-site" }), production)).toMatchObject({ ok: false });
  });
});
