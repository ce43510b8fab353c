import "server-only";
import { z } from "zod";
import { siteLocalesSchema } from "../i18n/site-locales";
import { splitHosts } from "../search/hosts";

export { splitHosts };

// Validated once, at start-up (instrumentation.ts imports this module): a missing or invalid
// variable stops the server with one clear line per problem instead of failing on first use.
const emptyAsUnset = (v: unknown) => (v === "" ? undefined : v);
const meiliKey = z.string().min(16, "must be at least 16 characters");

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "is required (postgresql://user:password@host:port/database)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  /** One Meilisearch URL, or several separated by commas: replicas that each hold the whole index. */
  MEILI_HOST: z
    .string({ error: "is required: a URL such as http://127.0.0.1:7700, or several separated by commas (replicas)" })
    .refine((v) => splitHosts(v).length > 0 && splitHosts(v).every((h) => z.url({ protocol: /^https?$/ }).safeParse(h).success), {
      error: "must be a URL such as http://127.0.0.1:7700, or several separated by commas (replicas)",
    }),
  /** The site's search key: may only search the offers index (`npm run setup:keys` derives it). */
  MEILI_SEARCH_KEY: z.preprocess(emptyAsUnset, meiliKey.optional()),
  /** The site's admin key: writes the offers index and its rebuilds (`npm run setup:keys` derives it). */
  MEILI_ADMIN_KEY: z.preprocess(emptyAsUnset, meiliKey.optional()),
  /** One key for both (development, tests): used where MEILI_SEARCH_KEY or MEILI_ADMIN_KEY is unset. */
  MEILI_API_KEY: z.preprocess(emptyAsUnset, meiliKey.optional()),
  /** Index name; tests use one index per test file. */
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default("offers"),
  /** Days a no-result search is kept for the planners before it is deleted. */
  NO_RESULT_RETENTION_DAYS: z.coerce.number().int().positive().default(180),
  /** Months after its last confirmation that an offer counts as stale and its providers are reminded. */
  STALE_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /** Signs and encrypts session cookies (next-auth); changing it signs everyone out. */
  NEXTAUTH_SECRET: z.preprocess(
    emptyAsUnset,
    z
      .string({ error: "is required (32+ random characters, e.g. `openssl rand -hex 32`; it signs the session cookies)" })
      .min(32, "must be at least 32 characters"),
  ),
  /** The site's public URL (sign-in redirects, invitation links); next-auth reads it as well. */
  NEXTAUTH_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^https?$/, error: "must be the site's http(s) URL, e.g. https://katalog.eisenach.de" }).optional(),
  ),
  /**
   * How many reverse proxies in front of the site append to X-Forwarded-For. 0: the site faces
   * clients directly and the client is the TCP peer (the header is then the client's own claim).
   */
  TRUSTED_PROXIES: z.coerce.number({ error: "must be a whole number of proxies (0 = none)" }).int().min(0).max(10).default(0),
  /** The most a single Mikroprojekt may be funded with, in whole euros (municipal guideline: 1,000). */
  MIKROPROJEKT_MAX_EUR: z.coerce.number({ error: "must be a whole number of euros" }).int().min(1).max(1_000_000).default(1000),
  /**
   * Outgoing mail (invitations, password links, staleness reminders, error reports), e.g.
   * smtps://user:password@mail.example:465 or smtp://mail.example:587 (STARTTLS when offered).
   * Unset: no mail, links are shown once to whoever created them.
   */
  SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
  /** Sender of every mail, e.g. "Angebotskatalog Eisenach <katalog@eisenach.de>". */
  MAIL_FROM: z.preprocess(emptyAsUnset, z.string().regex(/^[^\r\n]*@[^\r\n]*$/, "must be an address such as Angebotskatalog <katalog@eisenach.de>").optional()),
  /** The languages the site serves, e.g. "de,en,uk" (default: all of i18n/locales.ts); German always. */
  SITE_LOCALES: z.preprocess(emptyAsUnset, siteLocalesSchema),
  /** Milliseconds between the first publication of a burst and the rebuild of the open-data dumps. */
  DUMP_DEBOUNCE_MS: z.coerce.number({ error: "must be a whole number of milliseconds" }).int().min(0).max(86_400_000).default(60_000),
  /** /api/ready answers 503 when a reachable replica's oldest unindexed change is older than this. */
  READY_MAX_BACKLOG_SECONDS: z.coerce.number({ error: "must be a whole number of seconds" }).int().min(1).max(86_400).default(300),
  /** A resident search that takes this many milliseconds or longer is logged (its time, never its words). */
  SLOW_SEARCH_MS: z.coerce.number({ error: "must be a whole number of milliseconds" }).int().min(0).max(600_000).default(300),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
})
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, { path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" })
  .refine((e) => e.MEILI_SEARCH_KEY || e.MEILI_API_KEY, { path: ["MEILI_SEARCH_KEY"], message: "is required (or MEILI_API_KEY): a Meilisearch key that may search the offers index" })
  .refine((e) => e.MEILI_ADMIN_KEY || e.MEILI_API_KEY, { path: ["MEILI_ADMIN_KEY"], message: "is required (or MEILI_API_KEY): a Meilisearch key that may write the offers index" });

export type Env = z.infer<typeof schema>;

/** Its message is the whole report: one line per variable, never a value (it may be a secret). */
export class InvalidEnvError extends Error {
  override name = "InvalidEnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`);
    throw new InvalidEnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

// `next build` loads route modules to collect page data; every page here is dynamic, so the
// build needs no connection and the values are checked when the server starts instead.
const building = process.env.NEXT_PHASE === "phase-production-build";

export const env = building ? (process.env as unknown as Env) : parseEnv(process.env);
