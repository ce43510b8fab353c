import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { categorise, summariseProfiles, type CallFrame, type CpuProfile } from "@/scripts/bench/cpu-profile";
import { sourceResolver } from "@/scripts/bench/source-resolver";

const frame = (functionName: string, url = ""): CallFrame => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

// root ─┬ proxy (proxy.ts) ── next (Next's NextResponse) ── getHeader (native)
//       ├ renderToHTML (next) ─┬ search (meilisearch) ── JSON.parse (native)
//       │                      └ renderElement (react-dom) ── SearchFacets (app/) ── format (next-intl)
//       ├ writev (Node internals only)
//       ├ (garbage collector)
//       └ (idle)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 4, 10, 11, 12] },
    { id: 2, callFrame: frame("proxy", "proxy.ts"), children: [13] },
    { id: 13, callFrame: frame("next", "node_modules/next/dist/server/web/spec-extension/response.js"), children: [3] },
    { id: 3, callFrame: frame("getHeader") },
    { id: 4, callFrame: frame("renderToHTML", "node_modules/next/dist/server/app-render.js"), children: [5, 7] },
    { id: 5, callFrame: frame("search", "node_modules/meilisearch/dist/index.js"), children: [6] },
    { id: 6, callFrame: frame("JSON.parse") },
    { id: 7, callFrame: frame("renderElement", "next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js"), children: [8] },
    { id: 8, callFrame: frame("SearchFacets", "app/_components/search/search-facets.tsx"), children: [9] },
    { id: 9, callFrame: frame("format", "node_modules/use-intl/dist/format.js") },
    { id: 10, callFrame: frame("writev", "node:internal/stream_base_commons") },
    { id: 11, callFrame: frame("(garbage collector)") },
    { id: 12, callFrame: frame("(idle)") },
  ],
  startTime: 1_000,
  endTime: 2_000,
  // Each sample lasts until the next one: 3 (proxy) 10 µs, 6 (data) 20, 9 (page) 30, 7 (react) 40,
  // 4 (framework) 50, 10 (runtime) 60, 11 (gc) 70, 12 (idle) 80; then one in the second window.
  samples: [3, 6, 9, 7, 4, 10, 11, 12, 6, 6],
  timeDeltas: [0, 10, 20, 30, 40, 50, 60, 70, 80, 500],
};

describe("summariseProfiles", () => {
  const [first, second] = summariseProfiles(
    [profile],
    [
      { label: "first", startUs: 1_000, endUs: 1_300, requests: 2 },
      { label: "second", startUs: 1_300, endUs: 2_000, requests: 1 },
    ],
    (f) => f.url,
  );

  it("charges each sample to the nearest frame that says something, the proxy to the proxy", () => {
    expect(first.byCategory).toEqual({ proxy: 0.01, data: 0.02, page: 0.03, react: 0.04, framework: 0.05, runtime: 0.06, gc: 0.07, other: 0 });
    expect(first.idleMs).toBe(0.08);
    expect(first.busyMs).toBeCloseTo(0.28);
    expect(first.topSources[0]).toEqual({ source: "(garbage collector)", category: "gc", ms: 0.07 });
  });

  it("counts only the samples inside each window", () => {
    expect(second.busyMs).toBe(0.5);
    expect(second.byCategory.data).toBe(0.5);
  });
});

describe("categorise", () => {
  it.each([
    ["search/query.ts", "data"],
    ["server/taxonomies/labels.ts", "data"],
    ["node_modules/@prisma/client/runtime/client.js", "data"],
    ["next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js", "react"],
    ["app/[locale]/(public)/page.tsx", "page"],
    ["node_modules/next-intl/dist/esm/production/middleware/middleware.js", "proxy"],
    ["node_modules/next/dist/server/base-server.js", "framework"],
    ["next/src/server/app-render/app-render.tsx", "framework"],
    ["node_modules/some-lib/index.js", "other"],
  ])("%s is %s", (source, category) => expect(categorise(source)).toBe(category));

  it("leaves builtins, Node internals and WebAssembly to their callers", () => {
    expect(categorise("")).toBeNull();
    expect(categorise("wasm://wasm/0002f80e")).toBeNull();
    expect(categorise("node:internal/streams/writable")).toBeNull();
  });
});

describe("sourceResolver", () => {
  const root = mkdtempSync(path.join(tmpdir(), "source-resolver-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("maps a bundled frame to its original file through the map next to it, relative to the project", () => {
    const chunk = path.join(root, ".next/server/chunks/ssr/page.js");
    mkdirSync(path.dirname(chunk), { recursive: true });
    writeFileSync(chunk, "function a(){}\nfunction b(){}\n");
    // Line 1 comes from app/page.tsx, line 2 from search/query.ts.
    writeFileSync(`${chunk}.map`, JSON.stringify({ version: 3, sources: ["../../../../app/page.tsx", "../../../../search/query.ts"], names: [], mappings: "AAAA;ACAA" }));
    const resolve = sourceResolver(root);
    const url = pathToFileURL(chunk).href;
    expect(resolve({ functionName: "a", url, lineNumber: 0, columnNumber: 0 })).toBe("app/page.tsx");
    expect(resolve({ functionName: "b", url, lineNumber: 1, columnNumber: 0 })).toBe("search/query.ts");
    expect(resolve({ functionName: "c", url: pathToFileURL(path.join(root, "node_modules/x/i.js")).href, lineNumber: 0, columnNumber: 0 })).toBe("node_modules/x/i.js");
    expect(resolve(frame("JSON.parse"))).toBe("");
  });
});
