import type { ReactNode } from "react";
import { linkClass } from "@/app/_components/offer-section";
import { Link } from "@/i18n/navigation";

/** The link back to the list a signed-in page was opened from, above its heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-4">
      <Link href={href} className={linkClass}>
        {children}
      </Link>
    </p>
  );
}
