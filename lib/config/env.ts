// The server's environment, parsed once with zod. Parsed on first use rather than at import,
// so that `next build` does not need a database.
import { z } from "@/lib/domain/zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL ontbreekt: start Notaroute met `npm run dev` of `npm start`, of zet DATABASE_URL." })
    .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL moet een postgresql://-adres zijn." }),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET ontbreekt (minstens 32 tekens)." })
    .min(32, { message: "NEXTAUTH_SECRET moet minstens 32 tekens lang zijn." }),
  NOTA_REFERENCE_PREFIX: z
    .string()
    .regex(/^[A-Z]{2,6}$/, { message: "NOTA_REFERENCE_PREFIX: 2 tot 6 hoofdletters, bijvoorbeeld BZ." })
    .default("BZ"),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int({ message: "DATABASE_POOL_SIZE: een heel getal." })
    .min(2, { message: "DATABASE_POOL_SIZE: minstens 2." })
    .max(100, { message: "DATABASE_POOL_SIZE: hoogstens 100." })
    .default(10),
  DATABASE_STATEMENT_CACHE: z.enum(["on", "off"], { error: "DATABASE_STATEMENT_CACHE: on of off." }).default("on"),
  /** Reverse proxies in front of the app that each append the address they saw to X-Forwarded-For. */
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int({ message: "TRUSTED_PROXY_HOPS: een heel getal." })
    .min(1, { message: "TRUSTED_PROXY_HOPS: minstens 1." })
    .max(5, { message: "TRUSTED_PROXY_HOPS: hoogstens 5." })
    .default(1),
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  if (!parsed) {
    const result = EnvSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Ongeldige configuratie:\n${result.error.issues.map((issue) => `- ${issue.message}`).join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
