// The type of an attached file, from its content: the extension alone proves nothing.
import { fileTypeFromBuffer } from "file-type";
import { ALLOWED_ATTACHMENT_TYPES, extensionOf } from "./attachment-policy";

/** The MIME type when the content matches an allowed type for its extension; text files have no magic bytes and are checked as UTF-8. */
export async function detectAttachmentType(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ALLOWED_ATTACHMENT_TYPES[detected.mime]?.includes(extension) ? detected.mime : null;
  if (extension !== "txt" && extension !== "csv") return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? null : extension === "csv" ? "text/csv" : "text/plain";
  } catch {
    return null;
  }
}
