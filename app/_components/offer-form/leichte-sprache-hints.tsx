"use client";
import { useTranslations } from "next-intl";
import { leichteSpracheHints } from "@/server/revisions/leichte-sprache";

type Text = { label: string; value: string | undefined };

/**
 * Rule hints under the Leichte Sprache fields. Rendered on the server too (the values the form
 * starts with), so they show without JavaScript after a save; with JavaScript they follow typing.
 * A polite live region would announce every keystroke's change, so it is a plain note.
 */
export function LeichteSpracheHints({ id, texts }: { id: string; texts: Text[] }) {
  const t = useTranslations("OfferForm.leichteSprache");
  const hints = texts.flatMap(({ label, value }) => leichteSpracheHints(value).map((h) => ({ field: label, ...h })));
  if (!texts.some((x) => x.value?.trim())) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border-s-4 border-amber-600 bg-amber-50 p-3">
      <h3 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-gray-800">{t("intro")}</p>
      {hints.length === 0 ? (
        <p className="mt-1">{t("none")}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 ps-5" lang="de">
          {hints.map((h, i) => (
            <li key={i} className="break-words">
              {t("field", { field: h.field, hint: t(h.rule, { text: h.text, words: h.words ?? 0 }) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
