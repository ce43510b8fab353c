// The page object of the HSDS API reference (components/schemas/Page in
// vendor/hsds-3.0/schema/openapi.json) around a page's contents.

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export function toPage<T>(contents: T[], totalItems: number, paging: { page: number; per_page: number }): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / paging.per_page);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: totalItems === 0,
    contents,
  };
}

/** `skip`/`take` of a page for a database query. */
export const pageWindow = (paging: { page: number; per_page: number }) => ({
  skip: (paging.page - 1) * paging.per_page,
  take: paging.per_page,
});
