// `npm run setup:keys [-- --env-file FILE]`: makes the site's search and admin keys on every
// Meilisearch of MEILI_HOST from MEILI_MASTER_KEY (search/keys.ts) and prints them as
// MEILI_SEARCH_KEY=... / MEILI_ADMIN_KEY=... lines, or writes them into FILE (mode 600). Run it
// again whenever you like: same uids, same master key, same values; nothing changes.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { splitHosts } from "../search/hosts";
import { ensureSiteKeys } from "../search/keys";

const input = z.object({
  MEILI_MASTER_KEY: z.string({ error: "is required: the master key the Meilisearch servers were started with" }).min(16, "must be at least 16 characters"),
  MEILI_HOST: z
    .string({ error: "is required: every replica's URL, separated by commas" })
    .refine((v) => splitHosts(v).length > 0 && splitHosts(v).every((h) => z.url({ protocol: /^https?$/ }).safeParse(h).success), {
      error: "must be a URL such as http://127.0.0.1:7700, or several separated by commas",
    }),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/, "may hold letters, digits, _ and - only").default("offers"),
});
const args = z.union([z.tuple([]), z.tuple([z.literal("--env-file"), z.string().min(1)])]);

const parsedArgs = args.safeParse(process.argv.slice(2));
const parsedEnv = input.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
if (!parsedArgs.success || !parsedEnv.success) {
  if (!parsedArgs.success) console.error("usage: npm run setup:keys [-- --env-file FILE]");
  for (const issue of parsedEnv.error?.issues ?? []) console.error(`  ${issue.path.join(".")} ${issue.message}`);
  process.exit(2);
}
const { MEILI_MASTER_KEY, MEILI_HOST, MEILI_INDEX } = parsedEnv.data;
const hosts = splitHosts(MEILI_HOST);

try {
  const keys = await ensureSiteKeys({ hosts, masterKey: MEILI_MASTER_KEY, index: MEILI_INDEX });
  for (const { host, role, outcome } of keys.report) console.error(`[keys] ${host}: ${role} key ${outcome}`);
  const lines = { MEILI_SEARCH_KEY: keys.search, MEILI_ADMIN_KEY: keys.admin };
  const file = parsedArgs.data[1];
  if (file) {
    writeFileSync(file, withKeys(existsSync(file) ? readFileSync(file, "utf8") : "", lines), { mode: 0o600 });
    chmodSync(file, 0o600); // an existing file keeps its mode otherwise
    console.error(`[keys] wrote MEILI_SEARCH_KEY and MEILI_ADMIN_KEY to ${file} (mode 600)`);
  } else {
    for (const [name, value] of Object.entries(lines)) console.log(`${name}=${value}`);
  }
} catch (err) {
  console.error(`[keys] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

/** The env file's text with these variables set (replaced where present, appended otherwise); other lines kept. */
function withKeys(text: string, values: Record<string, string>) {
  const lines = text.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1);
  for (const [name, value] of Object.entries(values)) {
    const at = lines.findIndex((l) => l.startsWith(`${name}=`));
    if (at >= 0) lines[at] = `${name}=${value}`;
    else lines.push(`${name}=${value}`);
  }
  return `${lines.join("\n")}\n`;
}
