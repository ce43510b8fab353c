// The rules every answer to hostile input must keep (hostile-*.spec.ts), and the cases that break
// them only because of findings another branch fixes.
import type { APIResponse } from "@playwright/test";
import type { Reply } from "./other-client";
import { HOSTILE_MARKER } from "../setup/hostile-values";

/** Far above any page of the demo site (the search page is ~60 KB), far below a runaway answer. */
export const MAX_BODY_BYTES = 600 * 1024;

/** Names a version-0 offer the hostile suites create: unpublished, so no public answer may name it. */
export const DRAFT_MARKER = "Hostilentwurfq9z";

/**
 * Texts the seed stores for planners or network partners only (prisma/seed/offers): LSZ funding,
 * legal basis, intake criteria, and the Frauenhaus' stored placeholder street and its planners' note.
 */
export const NOT_PUBLIC = [
  "Handlungsfeld 4: Personalkosten der Beratungsstelle",
  "SGB VIII §§ 22, 24; ThürKigaG",
  "KKG § 3 Abs. 4 (Bundesstiftung Frühe Hilfen)",
  "Handlungsfeld 2 (Mobilität)",
  "80 stationäre Plätze und 16 Tagespflegeplätze",
  "Vertrauliche Anschrift (Platzhalter",
  "Nur für die Planung hinterlegt",
  // The draft's name (a search for the marker alone echoes the marker).
  `${DRAFT_MARKER} Entwurf`,
];

/** Markup from the hostile values that must never come back unescaped. */
const RAW_MARKUP = [/<script>alert\(/i, /<img src=x onerror/i];

/**
 * What is wrong with one answer, as lines naming the request (empty when all is well): a 5xx, an
 * unbounded body, a planner-only or unpublished text, unescaped markup. `publicAnswer` adds the
 * hidden and planner-only texts (a signed-in planner may see them); `maxBytes` raises the bound for
 * a form that shows what was posted back (nothing typed is lost).
 */
export async function problemsOf(label: string, response: Answer | Error, opts: { publicAnswer?: boolean; maxBytes?: number } = {}) {
  // The client refusing the answer (e.g. headers over 16 KB) is a problem of the answer too.
  if (response instanceof Error) return [`${label}: ${response.message.split("\n")[0]}`];
  const problems: string[] = [];
  const status = response.status();
  if (status >= 500) problems.push(`${label}: status ${status}`);
  const body = await response.body();
  if (body.length > (opts.maxBytes ?? MAX_BODY_BYTES)) problems.push(`${label}: ${body.length} bytes`);
  const text = body.toString("utf8");
  if (opts.publicAnswer ?? true) for (const secret of NOT_PUBLIC) if (text.includes(secret)) problems.push(`${label}: contains "${secret}"`);
  for (const markup of RAW_MARKUP) if (markup.test(text)) problems.push(`${label}: unescaped ${markup.source}`);
  return problems;
}

/** What problemsOf reads of an answer: Playwright's, or one sent from another client address (asResponse). */
export type Answer = Pick<APIResponse, "status" | "body" | "text" | "headers">;

export const asResponse = (reply: Reply): Answer => ({
  status: () => reply.status,
  body: async () => reply.body,
  text: async () => reply.body.toString("utf8"),
  headers: () => Object.fromEntries(Object.entries(reply.headers).map(([k, v]) => [k, [v ?? ""].flat().join("\n")])),
});

/** Runs `tasks` with at most `limit` at a time (the demo site shares two cores with the tests). */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit = 6): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export { HOSTILE_MARKER };

/** A field value: text, raw bytes (e.g. invalid UTF-8) sent as a text field, or a file where text is expected. */
export type RawValue = string | Buffer | { file: Buffer };

/**
 * A multipart/form-data body built by hand: Playwright's `multipart` encodes text as UTF-8, and
 * hostile input includes bytes that are not.
 */
export function multipartBody(fields: [string, RawValue][]) {
  const boundary = `----hostile${Date.now().toString(36)}`;
  const parts = fields.map(([name, value]) => {
    const file = typeof value === "object" && "file" in value;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="x.bin"\r\nContent-Type: application/octet-stream' : ""}\r\n\r\n`;
    const content = typeof value === "string" ? Buffer.from(value) : file ? value.file : value;
    return Buffer.concat([Buffer.from(head), content, Buffer.from("\r\n")]);
  });
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** An error shown next to a field or for the whole form (role="alert" or aria-invalid). */
export const messageCount = (html: string) => (html.match(/role="alert"|aria-invalid="true"/g) ?? []).length;
