import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/server/authz";

/** Pages: a record outside the person's scope, or a page outside their role, does not exist. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
}
