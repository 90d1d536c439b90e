// Changes to a nota's text and files as the editor sends them: each names the version it was
// based on, so that a change to a nota that changed meanwhile is refused, never applied blindly.
import { z } from "@/lib/domain/zod";

const version = z.number({ error: "Het verzoek mist de versie." }).int().min(1);

/** Autosave and explicit save: the content is checked against the nota's content schema by the service. */
export const SaveDraftRequestSchema = z.object({ baseVersion: version, content: z.unknown() });

/** "Versie vastleggen". */
export const VersionLabelRequestSchema = z.object({
  expectedVersion: version,
  label: z.string().max(200, { message: "Gebruik hoogstens 200 tekens." }),
});
export type VersionLabelRequest = z.infer<typeof VersionLabelRequestSchema>;

/** The label field of the "Versie vastleggen" form. */
export const VersionLabelFormSchema = VersionLabelRequestSchema.pick({ label: true });

/** Adding or removing an attachment: the version it was based on (form field or query parameter). */
export const AttachmentChangeSchema = z.object({ baseVersion: z.coerce.number({ error: "Het verzoek mist de versie." }).int().min(1) });
