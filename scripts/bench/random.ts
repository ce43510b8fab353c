// The bench's seeded randomness: the same seed gives the same catalogue and query mix on every machine.

/** mulberry32: small, fast, good enough to vary texts; deterministic per seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: int(max + 1) }, () => pick(list)))];
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join("");
  // A version-4 UUID (variant 8-b), so z.uuid() accepts it.
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(4)]}${hex(3)}-${hex(12)}`;
  return { next, int, pick, some, uuid };
}
export type Rng = ReturnType<typeof prng>;
