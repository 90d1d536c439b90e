import { describe, expect, it } from "vitest";
import { sessionCookieName, sessionCookieOptions, usesSecureCookies } from "./session-cookie";

describe("session cookie", () => {
  it("is __Host- and Secure over https, for the whole site only; plain over http on this machine", () => {
    expect(usesSecureCookies("https://notaroute.minbuza.nl")).toBe(true);
    expect(sessionCookieName(true)).toBe("__Host-next-auth.session-token");
    expect(sessionCookieOptions(true)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});
