import { notFound } from "next/navigation";

/** Any other address under a locale: its not-found page (app/[locale]/not-found.tsx), not the framework's bare one without `lang`. */
export default function UnknownPage() {
  notFound();
}
