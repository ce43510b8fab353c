import { alertClass, noticeClass } from "./form-styles";

type Query = Record<string, string | string[] | undefined>;

/**
 * What a register's save or delete did, read from the query its action redirected to (so it works
 * without JavaScript): `gespeichert`, `geloescht` or `nicht-gefunden`.
 */
export function RegisterNotices({ query, saved, deleted, notFound }: { query: Query; saved: string; deleted: string; notFound: string }) {
  return (
    <>
      {(query.gespeichert || query.geloescht) && (
        <p role="status" className={noticeClass}>
          {query.gespeichert ? saved : deleted}
        </p>
      )}
      {query["nicht-gefunden"] && (
        <p role="alert" className={alertClass}>
          {notFound}
        </p>
      )}
    </>
  );
}
