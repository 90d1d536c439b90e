// The second factor: a six-digit code from the authenticator app, or a recovery code. The /mfa
// form, the enrolment form and the API use these very schemas and messages.
import { z } from "@/lib/domain/zod";

const TOTP_CODE = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, { message: "Vul de verificatiecode in." })
      .regex(/^\d{6}$/, { message: "Een verificatiecode bestaat uit 6 cijfers." }),
  );

export const AppCodeSchema = z.object({ code: TOTP_CODE });

export const RecoveryCodeSchema = z.object({
  recoveryCode: z
    .string()
    .trim()
    .min(1, { message: "Vul een herstelcode in." })
    .max(60, { message: "Een herstelcode is 25 tekens lang (vijf groepen van vijf)." }),
});

export const MfaVerificationSchema = z.discriminatedUnion("method", [
  AppCodeSchema.extend({ method: z.literal("app") }),
  RecoveryCodeSchema.extend({ method: z.literal("herstelcode") }),
]);
export type MfaVerificationInput = z.infer<typeof MfaVerificationSchema>;

export const MfaResetSchema = z.object({ userId: z.uuid({ message: "Onbekende persoon." }) });
