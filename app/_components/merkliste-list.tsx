"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { clearMerkliste, removeFromMerkliste, UNAVAILABLE, useMerkliste } from "./merkliste-store";
import { buttonClass, linkClass, telHref } from "./offer-section";

/** The saved offers, printable as one sheet. The page around it explains that it stays on this device. */
export function MerklisteList() {
  const t = useTranslations("Merkliste");
  const format = useFormatter();
  const items = useMerkliste();
  const summary = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState("");

  if (items === null) return null; // server and hydration: the page's <noscript> note covers no-JS
  if (items === UNAVAILABLE) return <p className="mt-4">{t("unavailable")}</p>;

  const afterChange = (message: string) => {
    setStatus(message);
    summary.current?.focus(); // the removed button is gone; keep the keyboard user in the list
  };
  const remove = (id: string, name: string) => afterChange(removeFromMerkliste(id) ? t("removed", { name }) : t("storageFailed"));
  const clear = () => {
    if (window.confirm(t("clearConfirm"))) afterChange(clearMerkliste() ? t("cleared") : t("storageFailed"));
  };

  return (
    <div className="mt-4">
      <p ref={summary} tabIndex={-1} className="font-semibold">
        {t("count", { count: items.length })}
      </p>
      <p role="status" className="sr-only">
        {status}
      </p>
      {items.length === 0 ? (
        <p className="mt-2 print:hidden">
          {t("empty")}{" "}
          <Link href="/" className={linkClass}>
            {t("toSearch")}
          </Link>
        </p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap gap-3 print:hidden">
            <button type="button" onClick={() => window.print()} className={buttonClass}>
              {t("print")}
            </button>
            <button type="button" onClick={clear} className={buttonClass}>
              {t("clear")}
            </button>
          </div>
          <p className="mt-2 hidden text-sm print:block">
            {t("printedOn", { date: format.dateTime(new Date(), "date") })}
          </p>
          <ol className="mt-4 space-y-3">
            {items.map((item) => (
              <li key={item.id} className="break-inside-avoid rounded border border-gray-300 p-3 print:border-gray-500 print:p-2">
                <h2 className="font-semibold">
                  <Link href={`/angebote/${item.id}`} className={linkClass} lang={item.lang ?? undefined}>
                    {item.name}
                  </Link>
                </h2>
                <p>
                  {t("phone")}:{" "}
                  {item.phone ? (
                    <a href={telHref(item.phone)} className={linkClass}>
                      {item.phone}
                    </a>
                  ) : (
                    t("noPhone")
                  )}
                </p>
                <p>{item.address ? `${t("address")}: ${item.address}` : t("noAddress")}</p>
                {item.hours && <p>{t("hours", { hours: item.hours })}</p>}
                <p className="hidden text-sm print:block">
                  {window.location.origin}/angebote/{item.id}
                </p>
                <button type="button" onClick={() => remove(item.id, item.name)} className={`${linkClass} mt-1 text-sm print:hidden`}>
                  {t("removeButton")}
                  <span className="sr-only">: {item.name}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
