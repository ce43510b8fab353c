"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { alertClass, fieldClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
import { initialCrosswalkUploadState, type CrosswalkUploadState } from "./upload-state";

type Props = { action: (state: CrosswalkUploadState, formData: FormData) => Promise<CrosswalkUploadState> };

/** The CSV upload: a multipart POST to a server action, so it works without JavaScript too. */
export function CrosswalkUploadForm({ action }: Props) {
  const t = useTranslations("Review.crosswalk.upload");
  const [state, formAction, pending] = useActionState(action, initialCrosswalkUploadState);
  return (
    <section aria-labelledby="crosswalk-upload-heading" className="mt-8 max-w-3xl">
      <h2 id="crosswalk-upload-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      {state.outcome === "saved" && (
        <p role="status" className={noticeClass}>
          {t("done", { count: state.count })}
        </p>
      )}
      {state.outcome === "refused" && (
        <div role="alert" className={alertClass}>
          <p>{t("refused")}</p>
          <ul className="ms-5 mt-2 list-disc font-normal">
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <form id="crosswalk-upload" action={formAction} className="mt-4 space-y-4">
        <div>
          <label htmlFor="crosswalk-file" className={labelClass}>
            {t("file")}
          </label>
          <input id="crosswalk-file" name="file" type="file" required accept=".csv,text/csv" className={fieldClass(state.outcome === "refused")} />
        </div>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </section>
  );
}
