import type { Segment } from "@/search/highlight";

/** Text with matched parts in <mark>; React escapes every part. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i} className="bg-yellow-200 text-inherit">{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
