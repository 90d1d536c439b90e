// zod, configured once with Dutch messages for every check that has no message of its own.
// Every schema imports z from here (lib/domain and lib/validation alike), so no English
// message ("Invalid discriminator value…") ever reaches a person.
import { z } from "zod";
import { dutchIssueMessage } from "./zod-messages";

z.config({ customError: dutchIssueMessage });

export { z };
