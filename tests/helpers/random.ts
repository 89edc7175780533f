/**
 * A seeded generator of integers for tests that compare two implementations on many generated inputs:
 * `rand(n)` gives an integer in [0, n), the same sequence for the same seed (a linear congruential generator).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}
