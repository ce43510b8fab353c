import type { Segment } from "@/search/highlight";

/** Text with matched parts in <mark> (styled by the list around it); React escapes every part. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
