"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { alertClass, fieldClass, hintClass, labelClass, noticeClass, submitClass } from "@/app/_components/account/form-styles";
import { initialUploadState, type NeedDataUploadState } from "./upload-state";

type Props = { maxMb: number; action: (state: NeedDataUploadState, formData: FormData) => Promise<NeedDataUploadState> };

/** The upload: a multipart POST to a server action, so it works without JavaScript too. */
export function NeedDataUploadForm({ maxMb, action }: Props) {
  const t = useTranslations("NeedData.upload");
  const [state, formAction, pending] = useActionState(action, initialUploadState);
  return (
    <section aria-labelledby="upload-heading" className="mt-8 max-w-3xl">
      <h2 id="upload-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <p className={`${hintClass} mt-2`}>{t("layouts")}</p>
      {state.outcome === "imported" && (
        <div role="status" className={noticeClass}>
          {state.files.map((f) => (
            <div key={f.file}>
              <p className="font-semibold">{t("imported", { file: f.file })}</p>
              <ul className="ms-5 list-disc">
                <li>{t("summary", { kind: t(`kinds.${f.kind}`), rows: f.rows })}</li>
                {f.years.length > 0 && <li>{t("years", { years: f.years.join(", ") })}</li>}
                <li>{t("areas", { areas: f.areas.join(", ") })}</li>
              </ul>
            </div>
          ))}
        </div>
      )}
      {state.outcome === "refused" && (
        <div role="alert" className={alertClass}>
          <p>{t("refused", { count: state.total })}</p>
          <ul className="ms-5 mt-2 list-disc font-normal">
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
          {state.total > state.errors.length && <p className="mt-2">{t("moreErrors", { count: state.total - state.errors.length })}</p>}
        </div>
      )}
      {state.outcome === "invalid" && (
        <p role="alert" className={alertClass}>
          {t(`problems.${state.problem}`, { mb: maxMb })}
        </p>
      )}
      <form action={formAction} className="mt-4 space-y-4">
        <div>
          <label htmlFor="need-data-file" className={labelClass}>
            {t("file", { mb: maxMb })}
          </label>
          <input id="need-data-file" name="file" type="file" required accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json" className={fieldClass(state.outcome === "invalid")} />
        </div>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("sending") : t("submit")}
        </button>
      </form>
    </section>
  );
}
