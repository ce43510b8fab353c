import "server-only";
import { env, splitHosts } from "../server/env";
import { canManageKeys } from "./keys";

type Held = { hosts: string[]; held: (readonly [variable: string, key: string | undefined])[] };

/** The site's Meilisearch servers and keys, named by the variable each came from. */
const fromEnv = (): Held => ({
  hosts: splitHosts(env.MEILI_HOST),
  held: [
    [env.MEILI_ADMIN_KEY ? "MEILI_ADMIN_KEY" : "MEILI_API_KEY", env.MEILI_ADMIN_KEY ?? env.MEILI_API_KEY],
    [env.MEILI_SEARCH_KEY ? "MEILI_SEARCH_KEY" : "MEILI_API_KEY", env.MEILI_SEARCH_KEY ?? env.MEILI_API_KEY],
  ],
});

/**
 * In production the site refuses to start when a key it holds may manage Meilisearch's keys (the
 * master key, or a key with keys.* rights): whoever took over the site process could then mint
 * keys for every index. Returns the one line to stop with, or null. A replica that does not answer
 * cannot be checked and is passed over: the site still starts (and searches the database).
 */
export async function keyManagementComplaint({ hosts, held }: Held = fromEnv()): Promise<string | null> {
  for (const host of hosts) {
    for (const [variable, key] of held) {
      if (key && (await canManageKeys(host, key))) {
        return `Refusing to start: ${variable} may manage the keys of Meilisearch at ${host} (the master key?); give the site the keys of \`npm run setup:keys\` instead.`;
      }
    }
  }
  return null;
}

/** Stops a production start with that one line (called from instrumentation.ts, Node.js only). */
export async function refuseKeysThatManageKeys() {
  const complaint = await keyManagementComplaint();
  if (complaint) {
    console.error(complaint);
    process.exit(1);
  }
}
