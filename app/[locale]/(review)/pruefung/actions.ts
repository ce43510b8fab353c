"use server";
import { getLocale } from "next-intl/server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { redirect } from "@/i18n/navigation";
import { requireUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import { StaleRevisionError } from "@/server/revisions/errors";
import { approveRevision, rejectRevision } from "@/server/revisions/mutations";
import { revisionIdSchema } from "@/server/revisions/schema";

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

/** Runs a decision; a revision that is gone (decided, or outside one's scope) leads back to the queue. */
async function decide<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return go("/pruefung");
    throw err;
  }
}

/** "Freigeben und veröffentlichen"; a stale revision shows its page again, which explains why. */
export async function approveRevisionAction(formData: FormData) {
  const user = await requireUser("/pruefung");
  const id = revisionIdSchema.safeParse(formData.get("revisionId"));
  if (!id.success) return go("/pruefung");
  const stale = await decide(() =>
    approveRevision(user, id.data).then(
      () => false,
      (err: unknown) => {
        if (err instanceof StaleRevisionError) return true;
        throw err;
      },
    ),
  );
  return go(stale ? `/pruefung/${id.data}` : "/pruefung?freigegeben=1");
}

/** "Zurückgeben" with a note for the provider (kept in the form if it is refused). */
export async function rejectRevisionAction(_prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
  const user = await requireUser("/pruefung");
  const comment = String(formData.get("comment") ?? "");
  const id = revisionIdSchema.safeParse(formData.get("revisionId"));
  if (!id.success) return go("/pruefung");
  const result = await decide(() => rejectRevision(user, id.data, comment));
  if (!result.ok) return { comment, error: result.error };
  return go("/pruefung?zurueckgegeben=1");
}
