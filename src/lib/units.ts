import type { Unit } from './schemas';

/**
 * Money and power come in several scales (millions, billions; watts, megawatts). Arithmetic converts
 * each to its base unit first, so `$380 billion` and `$1 trillion` can be compared directly.
 */
const scales: Partial<Record<Unit, { group: string; factor: number }>> = {
  usd: { group: 'money', factor: 1 },
  'usd-million': { group: 'money', factor: 1e6 },
  'usd-billion': { group: 'money', factor: 1e9 },
  'usd-trillion': { group: 'money', factor: 1e12 },
  // Token prices: the industry quotes per million tokens, source 002 per 1,000; both convert to per token.
  'usd-per-thousand-tokens': { group: 'token-price', factor: 1e-3 },
  'usd-per-million-tokens': { group: 'token-price', factor: 1e-6 },
  watts: { group: 'power', factor: 1 },
  megawatts: { group: 'power', factor: 1e6 },
};

export function unitGroup(unit: Unit): string {
  return scales[unit]?.group ?? unit;
}

export function unitFactor(unit: Unit): number {
  return scales[unit]?.factor ?? 1;
}

export function sameGroup(a: Unit, b: Unit): boolean {
  return unitGroup(a) === unitGroup(b);
}

/** Converts a value between two units of one group; throws for units that do not convert. */
export function convert(value: number, from: Unit, to: Unit): number {
  if (from === to) return value;
  if (!sameGroup(from, to)) throw new Error(`cannot convert ${from} to ${to}`);
  return (value * unitFactor(from)) / unitFactor(to);
}
