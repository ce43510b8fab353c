"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addToMerkliste, removeFromMerkliste, UNAVAILABLE, useMerkliste } from "./merkliste-store";

type Props = { id: string; name: string; lang?: string | null; phone?: string | null; address?: string | null; hours?: string | null };

/**
 * Adds an offer to or removes it from the Merkliste. Renders nothing until it runs in the browser
 * (the Merkliste needs JavaScript); pass `address` only for offers with a public address.
 */
export function MerklisteButton({ id, name, lang = null, phone = null, address = null, hours = null }: Props) {
  const t = useTranslations("Merkliste");
  const items = useMerkliste();
  const [status, setStatus] = useState("");
  if (items === null || items === UNAVAILABLE) return null;
  const saved = items.some((x) => x.id === id.toLowerCase());

  const toggle = () => {
    if (saved) {
      setStatus(removeFromMerkliste(id.toLowerCase()) ? t("removed", { name }) : t("storageFailed"));
    } else {
      const ok = addToMerkliste({ id: id.toLowerCase(), name, lang, phone, address, hours });
      setStatus(ok ? t("added", { name }) : t("storageFailed"));
    }
  };

  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={toggle}
        className={
          saved
            ? "rounded border-2 border-brand bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"
            : "rounded border-2 border-brand bg-white px-3 py-1.5 font-semibold text-brand hover:bg-blue-50"
        }
      >
        {saved ? t("removeButton") : t("addButton")}
        <span className="sr-only">
          : <span lang={lang ?? undefined}>{name}</span>
        </span>
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </span>
  );
}
