/** Seeded PRNG whose whole state is one uint32, so it lives inside the JSON world state. */

// Source: mulberry32 (Tommy Ettinger, public domain), a 32-bit state generator with period 2^32.
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A uniform draw in [min, max). */
export function randomBetween(
  state: number,
  min: number,
  max: number,
): { value: number; state: number } {
  const r = nextRandom(state);
  return { value: min + (max - min) * r.value, state: r.state };
}

/** The initial RNG state for a seed (any finite number; reduced to uint32). */
export function seedRng(seed: number): number {
  return (Math.floor(Math.abs(seed)) ^ 0x9e3779b9) >>> 0;
}
