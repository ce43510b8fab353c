// Summarises V8 .cpuprofile files (node --cpu-prof) of the built site by where the time goes:
// each sample is charged to the category of the frame nearest to the leaf that says something
// (native builtins and Node's internals do not: a JSON.parse inside the Meilisearch client is
// data, a socket write from Next's response is framework), except that any sample with the proxy
// on its stack is the proxy's. Frames of bundled code are first mapped to their original source
// through the build's source maps (scripts/bench/source-resolver.ts).

export type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
export type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export const CATEGORIES = ["proxy", "data", "react", "page", "framework", "runtime", "gc", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  proxy: "proxy (proxy.ts, next-intl middleware, request guard)",
  data: "data (search/, server/, meilisearch client, Prisma, pg)",
  react: "React render (react-dom / react-server-dom)",
  page: "page code (app/ components, i18n/, next-intl messages)",
  framework: "framework (Next internals: routing, app-render, compression)",
  runtime: "Node runtime only (HTTP parsing, sockets, streams, program)",
  gc: "garbage collection",
  other: "other (unmapped node_modules)",
};

/** A span of the site's monotonic clock (µs, the profile's own timebase) in which `requests` requests ran. */
export type Window = { label: string; startUs: number; endUs: number; requests: number };
export type WindowSummary = { label: string; requests: number; busyMs: number; idleMs: number; byCategory: Record<Category, number>; topSources: { source: string; category: Category; ms: number }[] };

/** Where a frame's code comes from, as the original source path (e.g. "search/query.ts", "node_modules/meilisearch/..."). */
export type Resolve = (frame: CallFrame) => string;

const PROXY = /(^|\/)proxy\.ts$|server\/http\/request-guard|server\/auth\/csrf-cookie|next-intl\/dist\/.*middleware/;
const DATA = /^(search|server)\/|node_modules\/(meilisearch|@prisma|pg|pg-[a-z]+|postgres-[a-z]+|@turf)\//;
const REACT = /react-dom|react-server-dom|node_modules\/react\/|compiled\/react\/|scheduler/;
const PAGE = /^(app|i18n)\/|next-intl|use-intl|intl-messageformat|@formatjs/;
const FRAMEWORK = /node_modules\/next\/|^next\/|(^|\/)\.next[^/]*\/|\[turbopack\]|turbopack/;

/**
 * The category a source path says, or null for code that says nothing: builtins, Node internals and
 * WebAssembly (both Prisma's query compiler and the llhttp parser of Node's fetch are Wasm; their
 * caller decides).
 */
export function categorise(source: string): Category | null {
  if (source === "" || source.startsWith("node:") || source.startsWith("wasm:")) return null;
  if (PROXY.test(source)) return "proxy";
  if (DATA.test(source)) return "data";
  if (REACT.test(source)) return "react";
  if (PAGE.test(source)) return "page";
  if (FRAMEWORK.test(source)) return "framework";
  return "other";
}

function chargeOf(stack: CallFrame[], resolve: Resolve): { category: Category; source: string } {
  const leaf = stack[0];
  if (leaf.functionName === "(garbage collector)") return { category: "gc", source: "(garbage collector)" };
  const sources = stack.map(resolve);
  if (sources.some((s) => categorise(s) === "proxy")) return { category: "proxy", source: sources.find((s) => categorise(s) === "proxy")! };
  for (const source of sources) {
    const category = categorise(source);
    if (category) return { category, source };
  }
  return { category: "runtime", source: leaf.functionName || "(native)" };
}

const emptyCounts = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** Sums the samples of all profiles (the site may run more than one process) per window. */
export function summariseProfiles(profiles: CpuProfile[], windows: Window[], resolve: Resolve): WindowSummary[] {
  const sums = windows.map(() => ({ busy: 0, idle: 0, byCategory: emptyCounts(), bySource: new Map<string, { category: Category; ms: number }>() }));
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const charges = new Map<number, { category: Category; source: string } | "idle">();
    const chargeFor = (id: number) => {
      let charge = charges.get(id);
      if (!charge) {
        const stack: CallFrame[] = [];
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
        const name = stack[0].functionName;
        charge = name === "(idle)" ? "idle" : name === "(program)" ? { category: "runtime", source: "(program)" } : chargeOf(stack.filter((f) => f.functionName !== "(root)"), resolve);
        charges.set(id, charge);
      }
      return charge;
    };
    // A sample's time is the delta to the next sample (the last one gets none).
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i];
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const w = windows.findIndex((win) => t >= win.startUs && t < win.endUs);
      if (w < 0) continue;
      const charge = chargeFor(profile.samples[i]);
      if (charge === "idle") {
        sums[w].idle += dt;
        continue;
      }
      sums[w].busy += dt;
      sums[w].byCategory[charge.category] += dt;
      const source = sums[w].bySource.get(charge.source) ?? { category: charge.category, ms: 0 };
      source.ms += dt;
      sums[w].bySource.set(charge.source, source);
    }
  }
  return windows.map((win, w) => ({
    label: win.label,
    requests: win.requests,
    busyMs: sums[w].busy,
    idleMs: sums[w].idle,
    byCategory: sums[w].byCategory,
    topSources: [...sums[w].bySource].map(([source, s]) => ({ source, ...s })).sort((a, b) => b.ms - a.ms),
  }));
}
