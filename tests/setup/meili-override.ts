// Points this test process's search/client.ts at other Meilisearch servers (a private one, or one
// that is down) until the returned function restores the run's own.
import { replicaOf, type SearchReplica } from "../../search/client";

const g = globalThis as unknown as { meiliReplicas?: SearchReplica[] };

export function pointAtMeiliServers(servers: { host: string; key?: string }[]) {
  const previous = g.meiliReplicas;
  g.meiliReplicas = servers.map(({ host, key }) => replicaOf(host, { admin: key, search: key }));
  return () => {
    g.meiliReplicas = previous;
  };
}
