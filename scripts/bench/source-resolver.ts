// Maps a profiled frame of the built site to its original source through the source map next to
// the running file (Turbopack writes them for every server chunk; Next ships them for its compiled
// runtime, which bundles React). The result is a path relative to the project, e.g.
// "search/query.ts" or "node_modules/meilisearch/dist/esm/index.js".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AnyMap, originalPositionFor, type TraceMap } from "@jridgewell/trace-mapping";
import type { CallFrame, Resolve } from "./cpu-profile";

export function sourceResolver(root: string): Resolve {
  const maps = new Map<string, TraceMap | null>();
  const relative = (file: string) => {
    const rel = path.relative(root, file);
    return rel.startsWith("..") ? file : rel.split(path.sep).join("/");
  };
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(file, existsSync(mapFile) ? new AnyMap(readFileSync(mapFile, "utf8"), mapFile) : null);
    }
    return maps.get(file)!;
  };
  return ({ url, lineNumber, columnNumber }: CallFrame) => {
    if (!url.startsWith("file://")) return url; // "", node:internal/..., wasm://...
    const file = fileURLToPath(url);
    const map = mapOf(file);
    if (!map) return relative(file);
    // Profile positions are 0-based; source maps take 1-based lines and 0-based columns.
    const { source } = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) });
    if (!source) return relative(file);
    // Turbopack and Next name sources relative to the map ("../../../app/x.tsx") or with a scheme.
    const cleaned = source.replace(/^(turbopack|webpack):\/\/(\/)?(\[project\]\/)?/, "");
    return cleaned.startsWith("..") || cleaned.startsWith("/") ? relative(path.resolve(path.dirname(file), decodeURIComponent(cleaned))) : cleaned;
  };
}
