/**
 * Colour classes of the choropleth: five classes of a sequential teal palette, light to dark.
 * Each colour is paired with a text colour that keeps a 4.5:1 contrast on it.
 */
export const PALETTE: readonly { fill: string; text: string }[] = [
  { fill: '#e6f2f4', text: '#1b1f24' },
  { fill: '#b3d9e0', text: '#1b1f24' },
  { fill: '#6fb3c1', text: '#1b1f24' },
  { fill: '#2f8398', text: '#ffffff' },
  { fill: '#0b4a5a', text: '#ffffff' },
];

/**
 * Upper bounds of the classes for the given values: equal steps from 0 to the maximum, rounded up
 * to whole numbers, without duplicates. With a maximum of 0 there is one class.
 */
export function classBreaks(values: readonly number[], classes = PALETTE.length): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [0];
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const b = Math.ceil((max * i) / classes);
    if (!breaks.includes(b)) breaks.push(b);
  }
  return breaks;
}

/** The class index of a value: the first break it does not exceed. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}

/** The palette entry of a class, spreading few classes over the whole palette. */
export function colourOf(classIndex: number, classCount: number): { fill: string; text: string } {
  if (classCount <= 1) return PALETTE[0]!;
  const i = Math.round((classIndex * (PALETTE.length - 1)) / (classCount - 1));
  return PALETTE[i]!;
}

/** Legend lines: « 0 à 4 », « 5 à 8 »… */
export function legendLabels(breaks: readonly number[]): string[] {
  return breaks.map((b, i) => {
    const from = i === 0 ? 0 : breaks[i - 1]! + 1;
    return from === b ? `${b}` : `${from} à ${b}`;
  });
}
