// Logging in: an e-mail address and a password. The messages are the login form's.
import { z } from "@/lib/domain/zod";

export const CredentialsSchema = z.object({
  email: z.string().trim().min(1, { message: "Vul uw e-mailadres in." }).max(320, { message: "Dit e-mailadres is te lang." }),
  password: z.string().min(1, { message: "Vul uw wachtwoord in." }).max(500, { message: "Dit wachtwoord is te lang." }),
});
export type Credentials = z.infer<typeof CredentialsSchema>;
