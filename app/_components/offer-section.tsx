// Small building blocks shared by the offer page, the Merkliste and the static pages.

/** Links are underlined and in the brand colour (Tailwind's preflight makes them plain text). */
export const linkClass = "text-brand underline hover:text-brand-dark";
export const buttonClass =
  "inline-block rounded border-2 border-brand bg-white px-3 py-1.5 font-semibold text-brand hover:bg-blue-50";

/** `tel:` link target: digits and a leading plus only. */
export const telHref = (number: string) => `tel:${number.replace(/[^+0-9]/g, "")}`;

/** Only http(s) URLs become links; anything else (e.g. `javascript:`) is shown as text. */
export const isHttpUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

export function OfferSection({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6 break-inside-avoid-page">
      <h2 id={id} className="mb-1 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A demo value the city replaces before launch ("… (Demo)", messages/<locale>/pages.json):
 * visibly marked on the page. Raw "[Platzhalter: …]" text never ships (tests/unit/no-placeholders.test.ts).
 */
export const placeholderClass = "my-1 border-s-4 border-amber-600 bg-amber-50 px-2 py-1";
export const isPlaceholder = (line: string) => /\(demo\b/i.test(line);

export type TextSection = { heading: string; lines: string[] };
