"use client";
import { useTranslations } from "next-intl";
import { SECTIONS, sectionId } from "./controls";

/** The form's contents at its top: a link to each section, so nobody scrolls through 146 fields. */
export function SectionLinks() {
  const t = useTranslations("OfferForm");
  return (
    <nav aria-labelledby="offer-contents-title" className="mt-4 max-w-3xl rounded border border-gray-400 bg-gray-50 p-3">
      <h2 id="offer-contents-title" className="font-semibold">
        {t("contents")}
      </h2>
      <ol className="mt-1 list-decimal space-y-1 ps-6">
        {SECTIONS.map((name) => (
          <li key={name}>
            <a href={`#${sectionId(name)}`} className="text-brand underline hover:no-underline">
              {t(`sections.${name}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
