// Points this test process's search/client.ts at other Meilisearch servers (a private one, or one
// that is down) until the returned function restores the run's own. `key` serves for both
// searches and writes; `search` and `admin` give each its own (the keys of search/keys.ts).
import { replicaOf, type SearchReplica } from "../../search/client";

const g = globalThis as unknown as { meiliReplicas?: SearchReplica[] };

export function pointAtMeiliServers(servers: { host: string; key?: string; search?: string; admin?: string }[]) {
  const previous = g.meiliReplicas;
  g.meiliReplicas = servers.map(({ host, key, search, admin }) => replicaOf(host, { admin: admin ?? key, search: search ?? key }));
  return () => {
    g.meiliReplicas = previous;
  };
}
