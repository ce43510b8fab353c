// Shared look of the account and administration forms (as the report form on the offer page).

export const labelClass = "font-semibold";
export const hintClass = "text-sm text-gray-700";
export const errorClass = "font-semibold text-red-700";
export const submitClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70";
export const fieldClass = (invalid: boolean) =>
  `mt-1 block w-full rounded border px-3 py-2 ${invalid ? "border-2 border-red-700" : "border-gray-600"}`;
export const noticeClass = "mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3";
export const alertClass = "mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800";

/** The ids a field's aria-describedby lists: its hint and, if shown, its error. */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
