import type { ReactNode } from "react";

/**
 * A column header, `{ label, srOnly: true }` for one only screen readers need (e.g. a column of
 * links), or `{ label, numeric: true }` for figures (aligned to the end: right, or left on a right-to-left page; its cells use numberCellClass).
 */
export type Column = string | { label: string; srOnly: true } | { label: string; numeric: true };

type Props = {
  columns: Column[];
  /** The body rows: `<tr className={rowClass}>` with cells in the columns' order. */
  children: ReactNode;
  /** The wrapper's spacing above the table. */
  className?: string;
  /** Cells start at the top, for rows whose cells run to several lines. */
  alignTop?: boolean;
  /** A name for the table that only screen readers get, where no heading names it. */
  caption?: string;
  /** A visible caption, where the table is one of several under one heading. */
  title?: ReactNode;
  /** For a table wider than the page: its scroll area becomes a region keyboard users can focus, with this name. */
  region?: string;
  /**
   * Fixed column widths as Tailwind classes (e.g. "w-[20%]"), one per column: the table then fits
   * its width (long words wrap) instead of scrolling, as on a printed page.
   */
  widths?: string[];
};

/** A body row. */
export const rowClass = "border-b border-gray-300";
/** A body cell; the last one of a row has no padding at its end. */
export const cellClass = "py-1 pe-4";
export const lastCellClass = "py-1";
/** A cell of a numeric column. */
export const numberCellClass = "py-1 pe-4 text-end tabular-nums";
/** A row's header cell (its first column), as light as the other cells. */
export const rowHeaderClass = "py-1 pe-4 font-normal";

const headerClass = (column: Column, last: boolean) =>
  typeof column === "object" && "numeric" in column ? numberCellClass : last ? lastCellClass : cellClass;

/**
 * The site's data table: scrolls sideways on narrow screens instead of squeezing the columns, and
 * a header row with `scope="col"`. No hooks: it renders on the server and in the browser alike.
 */
export function DataTable({ columns, children, className = "mt-2", alignTop = false, caption, title, region, widths }: Props) {
  return (
    <div className={`${className} overflow-x-auto`} {...(region ? { tabIndex: 0, role: "region", "aria-label": region } : {})}>
      <table className={`w-full border-collapse text-start text-sm${alignTop ? " align-top" : ""}${widths ? " table-fixed wrap-break-word" : ""}`}>
        {title ? <caption className="mb-1 text-start font-semibold">{title}</caption> : caption && <caption className="sr-only">{caption}</caption>}
        {widths && (
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} className={w} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr className="border-b-2 border-gray-600">
            {columns.map((column, i) => (
              <th key={i} scope="col" className={headerClass(column, i === columns.length - 1)}>
                {typeof column === "string" ? column : "srOnly" in column ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
