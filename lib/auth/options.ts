// next-auth configuration: e-mail + password, sessions as a signed cookie that carries only
// the id of a UserSession row (revocable, shared by every app instance).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { CredentialsSchema } from "@/lib/validation/credentials";
import { attemptLogin, endSession } from "./attempt-login";
import { sessionIdFromCookieHeader } from "./session-token";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { errorKind, logSecurityEvent } from "@/lib/http/security-log";
import { ABSOLUTE_SESSION_HOURS } from "./session-policy";
import { sessionCookieName, sessionCookieOptions, usesSecureCookies } from "./session-cookie";
import { contextFromHeaders } from "@/lib/http/request-context";

/** Error codes the login form turns into Dutch messages (see LOGIN_ERROR_MESSAGES). */
export const LOGIN_ERROR_CODES = { invalid: "invalid", rate_limited: "rate_limited", invalid_input: "invalid_input", unavailable: "unavailable" } as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: ABSOLUTE_SESSION_HOURS * 3600 },
  useSecureCookies: usesSecureCookies(),
  cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mailadres en wachtwoord",
      credentials: {
        email: { label: "E-mailadres", type: "email" },
        password: { label: "Wachtwoord", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = CredentialsSchema.safeParse(credentials);
        if (!parsed.success) {
          logSecurityEvent("info", "request_refused", { where: "login", code: "INVALID_INPUT" });
          throw new Error(LOGIN_ERROR_CODES.invalid_input);
        }
        const result = await attemptLogin(db, { ...parsed.data, ...contextFromHeaders(new Headers(request.headers as Record<string, string>)) }).catch(
          (error: unknown) => {
            // next-auth would swallow the error and hand its message to the browser: log it
            // here and give the form only a code.
            const unavailable = isDatabaseUnavailable(error);
            logSecurityEvent(unavailable ? "warn" : "error", unavailable ? "database_unavailable" : "login_failed_unexpectedly", {
              where: "login",
              detail: errorKind(error),
            });
            if (!unavailable) console.error(error);
            throw new Error(unavailable ? LOGIN_ERROR_CODES.unavailable : "error");
          },
        );
        if (!result.ok) throw new Error(result.reason === "rate_limited" ? LOGIN_ERROR_CODES.rate_limited : LOGIN_ERROR_CODES.invalid);
        // A login in a browser that still holds a session ends that session: one browser, one session.
        const previous = await sessionIdFromCookieHeader((request.headers as Record<string, string> | undefined)?.cookie);
        if (previous && previous !== result.sessionId) await endSession(db, previous, "replaced_by_login");
        return { id: result.userId, name: result.name, email: result.email, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "sessionId" in user) token.sid = user.sessionId as string;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(db, token.sid);
    },
  },
};
