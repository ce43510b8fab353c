"use client";
import { useTranslations } from "next-intl";

/** Where Quick-Exit leads: a neutral, everyday page. */
export const QUICK_EXIT_URL = "https://www.google.de/search?q=wetter";

/**
 * Leaves the site at once. A plain link, so it works without JavaScript; with JavaScript it
 * replaces the current history entry, so "Back" does not lead straight back here.
 *
 * It stays in reach while one scrolls, but never over what one reads: it sits in a row of its own
 * above the content (reserved space, so at rest it covers nothing), and while sticky that row is an
 * opaque strip across the whole width, so text scrolls under a bar like under a header instead of
 * being hidden behind a floating button next to readable lines (which it did on phones).
 */
export function QuickExit() {
  const t = useTranslations("Offer");
  return (
    <div className="sticky top-0 z-20 -mx-4 -mt-6 mb-4 flex justify-end border-b border-gray-300 bg-white px-4 py-2 print:hidden">
      <a
        href={QUICK_EXIT_URL}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          window.location.replace(QUICK_EXIT_URL);
        }}
        className="rounded bg-red-800 px-4 py-2 font-bold text-white no-underline shadow hover:bg-red-900"
      >
        {t("quickExit")}
      </a>
    </div>
  );
}
