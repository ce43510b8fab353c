-- The database fallback search (search/fallback.ts, used while Meilisearch is down) matches German
-- full text on name + description or a substring of the name. Without indexes both scan every
-- offer. These keep it usable at state-wide catalogue sizes (issue 14). schema.prisma declares the
-- trigram index (raw ops) but cannot describe the expression index, which lives here only. Its
-- expression must stay exactly that of search/fallback.ts textMatch() for the planner to use it.
-- (No semicolons in these comments: the migration runner splits statements on them.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Service_fallback_fts_idx" ON "Service" USING GIN (to_tsvector('german', "name" || ' ' || "description"));

CREATE INDEX "Service_fallback_name_trgm_idx" ON "Service" USING GIN ("name" gin_trgm_ops);
