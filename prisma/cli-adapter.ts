// Driver adapter for the Prisma CLI only (prisma.config.ts). The app uses the stock adapter.
//
// Why: Prisma 6.19's Wasm schema engine reads catalog columns of type `name` and `"char"`, which
// @prisma/adapter-pg cannot deserialise (Prisma bug #27403: "Column type 'name' could not be
// deserialized"). This pg Client reports those types as text. The shadow database gets its own
// pool, closed before the database is dropped.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

type Field = { dataTypeID: number };
function retypeFields(result: unknown) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of ((r as { fields?: Field[] })?.fields ?? [])) {
      f.dataTypeID = AS_TEXT[f.dataTypeID] ?? f.dataTypeID;
    }
  }
  return result;
}

class CatalogTolerantClient extends pg.Client {
  // pg.Pool calls query(text, values, callback); a checked-out client is awaited. Cover both.
  // @ts-expect-error: pg's overloads are wider than this wrapper needs to state
  override query(...args: unknown[]): unknown {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (err: unknown, res: unknown) => void;
      args[last] = (err: unknown, res: unknown) => callback(err, err ? res : retypeFields(res));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(retypeFields) : out;
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  // Separate fields, not a connection string: a connection string would win over `database`
  // and point the shadow pool at the main database.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? u.pathname.slice(1),
    Client: CatalogTolerantClient as unknown as typeof pg.Client,
    idleTimeoutMillis: 200,
  };
}

export function cliAdapterFactory(url: string) {
  const factory = new PrismaPg(poolConfig(url));
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadowPool = new pg.Pool(poolConfig(url, name));
    const shadow = await new PrismaPg(shadowPool).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await shadowPool.end().catch(() => {});
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}
