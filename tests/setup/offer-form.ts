// The offer edit form as the browser sends it: the form's starting values flattened into FormData
// (the names conform gives the fields), changed like a person would, then parsed and saved exactly
// as the server action does.
import { parseWithZod } from "@conform-to/zod/v4";
import { formErrorCodes, formErrorMap, offerFormSchema, type OfferFormInput } from "../../server/revisions/form";
import { saveOfferEdit, type RevisionUser } from "../../server/revisions/mutations";
import { getOfferForEdit } from "../../server/revisions/queries";

function append(fd: FormData, name: string, value: unknown) {
  if (value === null || value === undefined || value === false) return;
  if (value === true) fd.append(name, "on");
  else if (Array.isArray(value)) value.forEach((v, i) => (typeof v === "object" && v !== null ? append(fd, `${name}[${i}]`, v) : append(fd, name, v)));
  else if (typeof value === "object") for (const [k, v] of Object.entries(value)) append(fd, name ? `${name}.${k}` : k, v);
  else fd.append(name, String(value));
}

export function formDataOf(values: OfferFormInput) {
  const fd = new FormData();
  append(fd, "", values);
  return fd;
}

/** The form as `user` would see it for the offer, with fields set (a string) or cleared (null). */
export async function offerForm(user: RevisionUser, offerId: string, changes: Record<string, string | string[] | null> = {}) {
  const fd = formDataOf((await getOfferForEdit(user, offerId)).defaults);
  for (const [name, value] of Object.entries(changes)) {
    fd.delete(name);
    for (const v of value === null ? [] : [value].flat()) fd.append(name, v);
  }
  return fd;
}

/** What the server action does with a posted form: parse it, then save (or publish) it. */
export async function submitOfferForm(user: RevisionUser | null, offerId: string, fd: FormData, opts: { publish?: boolean } = {}) {
  const submission = parseWithZod(fd, { schema: offerFormSchema, error: formErrorMap, formatError: formErrorCodes });
  if (submission.status !== "success") return { ok: false as const, fieldErrors: submission.error ?? {} };
  return saveOfferEdit(user, offerId, submission.value, opts);
}
