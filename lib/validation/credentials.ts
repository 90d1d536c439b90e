// Logging in: an e-mail address and a password. The login form shows these very messages.
import { z } from "@/lib/domain/zod";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const CredentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { message: "Vul uw e-mailadres in." })
    .max(320, { message: "Dit e-mailadres is te lang." })
    .regex(EMAIL, { message: "Vul een geldig e-mailadres in, bijvoorbeeld naam@minbuza.nl." }),
  password: z.string().min(1, { message: "Vul uw wachtwoord in." }).max(500, { message: "Dit wachtwoord is te lang." }),
});
export type Credentials = z.infer<typeof CredentialsSchema>;
