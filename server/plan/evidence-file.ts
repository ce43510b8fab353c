import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";

// An evidence document is checked by what its bytes are, never by its name or the type the
// browser states: a ".pdf" holding HTML or a program is refused. file-type reads the magic bytes.

/** Largest evidence document (10 MB): a scanned Verwendungsnachweis fits; the form says so. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_MB = MAX_EVIDENCE_BYTES / (1024 * 1024);

/** The types a planner may attach: documents and photos that browsers show without plug-ins. */
const ALLOWED: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

type EvidenceFile = { fileName: string; contentType: string; size: number; sha256: string; content: Uint8Array<ArrayBuffer> };

/** The allowed type the bytes are, or null (unknown, or a type we do not take). */
async function detectEvidenceType(bytes: Uint8Array) {
  const found = await fileTypeFromBuffer(bytes);
  const ext = found ? ALLOWED[found.mime] : undefined;
  return found && ext ? { contentType: found.mime, ext } : null;
}

const NAME_MAX = 120;

/**
 * The uploaded name as it may be shown and sent back in a header: no folders, no control or
 * quoting characters, at most 120 characters, with the extension of the detected type (so a
 * download opens with the right program whatever the upload was called).
 */
export function sanitizeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/^[ .]+|[ .]+$/g, "")
    .slice(0, NAME_MAX);
  return `${base || "Nachweis"}.${ext}`;
}

/** The file to store, or why not: "wrongType" (by content). The size is checked at the boundary. */
export async function readEvidenceFile(file: File): Promise<EvidenceFile | "wrongType"> {
  const content = new Uint8Array(await file.arrayBuffer());
  const type = await detectEvidenceType(content);
  if (!type) return "wrongType";
  return {
    fileName: sanitizeFileName(file.name, type.ext),
    contentType: type.contentType,
    size: content.byteLength,
    sha256: createHash("sha256").update(content).digest("hex"),
    content,
  };
}
