/** "Street 1, 99817 Eisenach" — one line for result lists and the Merkliste; null if nothing is known. */
export function oneLineAddress(a: { street: string | null; postalCode: string | null; city: string | null }) {
  return [a.street, [a.postalCode, a.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;
}
