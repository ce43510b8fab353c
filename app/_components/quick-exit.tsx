"use client";
import { useTranslations } from "next-intl";

/** Where Quick-Exit leads: a neutral, everyday page. */
export const QUICK_EXIT_URL = "https://www.google.de/search?q=wetter";

/**
 * Leaves the site at once. A plain link, so it works without JavaScript; with JavaScript it
 * replaces the current history entry, so "Back" does not lead straight back here.
 */
export function QuickExit() {
  const t = useTranslations("Offer");
  return (
    <div className="sticky top-0 z-20 -mt-2 mb-2 flex justify-end print:hidden">
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
