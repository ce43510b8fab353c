import "server-only";
import { readFileSync, statSync } from "node:fs";
import { HsdsImportError } from "./errors";

// What `npm run import` was given, read for importHsds: a CSV package folder stays a path (read by
// csv.ts); a file must be UTF-8 JSON. Errors name the file and say what is wrong with it, instead
// of importing text with replacement characters or surfacing a bare SyntaxError.

/** The bytes as UTF-8 text (without a byte order mark); an error names `file` and the first bad byte. */
export function decodeUtf8(bytes: Buffer, file: string) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = bytes.toString("utf8");
    const bad = Buffer.byteLength(text.slice(0, text.indexOf("\ufffd")));
    throw new HsdsImportError(`${file}: not UTF-8 text (invalid byte near byte ${bad}); save the file as UTF-8`);
  }
}

export function readHsdsSource(source: string): unknown {
  if (statSync(source).isDirectory()) return source;
  const text = decodeUtf8(readFileSync(source), source);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HsdsImportError(`${source}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
