"use client";
// What a page shows when it cannot be served, e.g. the database refused connections or a lock
// timed out (server/db.ts): one calm sentence, no details (the error is logged on the server).
// The App Router answers 500 here; it has no way to send 503 from a rendering error.
import { useTranslations } from "next-intl";

export default function PageError() {
  const t = useTranslations("Layout");
  return (
    <section role="alert" className="rounded bg-amber-100 p-4">
      <h1 className="mb-2 text-xl font-semibold">{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
    </section>
  );
}
