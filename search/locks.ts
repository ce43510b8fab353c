// Advisory lock keys shared by publication, outbox drain and reindex.
/** Held (exclusively, per transaction) by every writer of the search index, so writes are ordered. */
export const INDEX_WRITE_LOCK = 7_301_001;
/** Held shared by each publication; a reindex takes it exclusively for the instant of its snapshot. */
export const PUBLICATION_LOCK = 7_301_002;
/** Held for a whole reindex: one at a time, so a half-built index found meanwhile is a dead run's. */
export const REINDEX_LOCK = 7_301_003;
