import "server-only";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { formErrorCodes, formErrorMap } from "./form";

/**
 * A Conform form post parsed on the server. Conform throws on a malformed intent (the
 * `__intent__` field of the add/remove-row buttons, or its reserved `__state__`), which only a
 * hand-made post sends: such a post is parsed without them and marked `malformed`, so the action
 * answers with the form and a message (and saves nothing) instead of a 500.
 */
export function parseFormSubmission<Schema extends z.ZodType>(formData: FormData, schema: Schema) {
  const parse = (data: FormData) => parseWithZod(data, { schema, error: formErrorMap, formatError: formErrorCodes });
  try {
    return { submission: parse(formData), malformed: false };
  } catch {
    const fields = new FormData();
    for (const [name, value] of formData) if (name !== "__intent__" && name !== "__state__") fields.append(name, value);
    return { submission: parse(fields), malformed: true };
  }
}
