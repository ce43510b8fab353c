import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { ForbiddenError, NotFoundError } from "@/server/authz";

/**
 * The body of a one-button action on one record: runs `change` on the validated id and leads back
 * to `path` with `?<done>=1`, or with `?nicht-gefunden=1` when the id is malformed or the record is
 * outside the person's scope (the two look the same, so the answer reveals nothing).
 */
export async function changeAndReturn<Id>(
  path: string,
  id: { success: true; data: Id } | { success: false },
  change: (id: Id) => Promise<unknown>,
  done: string,
): Promise<never> {
  let outcome = "nicht-gefunden";
  if (id.success) {
    try {
      await change(id.data);
      outcome = done;
    } catch (err) {
      if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) throw err;
    }
  }
  return redirect({ href: `${path}?${outcome}=1`, locale: await getLocale() });
}
