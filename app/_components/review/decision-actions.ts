import "server-only";
import { getLocale } from "next-intl/server";
import type { RejectFormState } from "@/app/_components/review/reject-form";
import { redirect } from "@/i18n/navigation";
import { requireUser, type SessionUser } from "@/server/auth";
import { ForbiddenError, NotFoundError } from "@/server/authz";
import type { RejectResult } from "@/server/revisions/mutations";
import { revisionIdSchema } from "@/server/revisions/schema";

type Domain = {
  approveRevision: (user: SessionUser, revisionId: string, decisions?: unknown) => Promise<unknown>;
  rejectRevision: (user: SessionUser, revisionId: string, comment: string) => Promise<RejectResult>;
  /** The domain's error for a draft the published record has moved past since. */
  StaleError: abstract new (...args: never[]) => Error;
  /** The revision's review page, shown again for a stale draft (it explains why). */
  reviewPath: (revisionId: string) => string;
};

const QUEUE = "/pruefung";

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

/** Runs a decision; a revision that is gone (decided, or outside one's scope) leads back to the queue. */
async function decide<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) return go(QUEUE);
    throw err;
  }
}

/**
 * A reviewer's two decisions on a submitted revision (offer or organisation), for the "use server"
 * actions to call: those files may export only async functions, so the shared part lives here.
 */
export function decisionActions({ approveRevision, rejectRevision, StaleError, reviewPath }: Domain) {
  return {
    /** "Freigeben und veröffentlichen" (`decisions`: further choices for the domain); a stale revision shows its page again. */
    async approve(formData: FormData, decisions?: unknown): Promise<never> {
      const user = await requireUser(QUEUE);
      const id = revisionIdSchema.safeParse(formData.get("revisionId"));
      if (!id.success) return go(QUEUE);
      const stale = await decide(() =>
        approveRevision(user, id.data, decisions).then(
          () => false,
          (err: unknown) => {
            if (err instanceof StaleError) return true;
            throw err;
          },
        ),
      );
      return go(stale ? reviewPath(id.data) : `${QUEUE}?freigegeben=1`);
    },

    /** "Zurückgeben" with a note for the provider (kept in the form if it is refused). */
    async reject(_prev: RejectFormState, formData: FormData): Promise<RejectFormState> {
      const user = await requireUser(QUEUE);
      const comment = String(formData.get("comment") ?? "");
      const id = revisionIdSchema.safeParse(formData.get("revisionId"));
      if (!id.success) return go(QUEUE);
      const result = await decide(() => rejectRevision(user, id.data, comment));
      if (!result.ok) return { comment, error: result.error };
      return go(`${QUEUE}?zurueckgegeben=1`);
    },
  };
}
