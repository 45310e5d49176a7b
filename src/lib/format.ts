import type { Unit } from './schemas';
import { unitFactor, unitGroup } from './units';

const superscripts: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * A plain number as a reader expects it: thousands separators, few decimals, and scientific
 * notation only where a number has too many digits to read (FLOP counts).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  // A true minus sign (U+2212), as the axes and money figures use: "−10%", not a hyphen.
  return plainNumber(value).replace(/^-/, '−');
}

function plainNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-4)) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    const cleanMantissa = String(Number(mantissa));
    const cleanExponent = String(Number(exponent)).replace(/./g, (c) => superscripts[c] ?? c);
    return `${cleanMantissa} × 10${cleanExponent}`;
  }
  if (magnitude < 1) return Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 8 });
  const decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals });
}

/**
 * Ratios and rates as a financial desk prints them: three significant figures, so a multiple reads
 * "25.6×" or "130×" and a rate "49.4%", never "88.89×" beside "130.1×". Whole numbers past 999 keep
 * every digit ("1,111×"): rounding them would change the figure, not just its precision.
 */
export function formatRate(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude < 10) return formatNumber(value);
  return formatNumber(Number(value.toFixed(magnitude >= 100 ? 0 : 1)));
}

/** Large amounts of money read best in words: "$1.05 trillion", "$400 million". */
function formatDollars(amount: number): string {
  const magnitude = Math.abs(amount);
  const sign = amount < 0 ? '−' : '';
  if (magnitude >= 1e12) return `${sign}$${formatNumber(magnitude / 1e12)} trillion`;
  if (magnitude >= 1e9) return `${sign}$${formatNumber(magnitude / 1e9)} billion`;
  if (magnitude >= 1e6) return `${sign}$${formatNumber(magnitude / 1e6)} million`;
  return `${sign}$${withCents(formatNumber(magnitude))}`;
}

/** Dollars and cents as people write prices: "$0.40", not "$0.4"; "$0.375" and "$12" as they are. */
function withCents(text: string): string {
  return /^\d+\.\d$/.test(text) ? `${text}0` : text;
}

const unitWords: Record<Unit, (value: number) => string> = {
  usd: (v) => formatDollars(v),
  'usd-million': (v) => formatDollars(v * 1e6),
  'usd-billion': (v) => formatDollars(v * 1e9),
  'usd-trillion': (v) => formatDollars(v * 1e12),
  percent: (v) => `${formatRate(v)}%`,
  // The gap between two percentages is not a percent of anything: 70% − 62% is 8 points, not 8%.
  // Singular or plural by the number printed, so 0.9999 reads "1 percentage point".
  'percentage-points': (v) => {
    const printed = formatRate(v);
    return `${printed} percentage ${/^−?1$/.test(printed) ? 'point' : 'points'}`;
  },
  multiple: (v) => `${formatRate(v)}×`,
  tokens: (v) => `${formatLargeCount(v)} tokens`,
  'tokens-per-month': (v) => `${formatLargeCount(v)} tokens a month`,
  'usd-per-thousand-tokens': (v) => `$${withCents(formatNumber(v))} per 1,000 tokens`,
  'usd-per-million-tokens': (v) => `$${withCents(formatNumber(v))} per million tokens`,
  watts: (v) => (Math.abs(v) >= 1e6 ? `${formatNumber(v / 1e6)} MW` : `${formatNumber(v)} W`),
  megawatts: (v) => `${formatNumber(v)} MW`,
  flop: (v) => `${formatNumber(v)} FLOP`,
  'flop-per-second': (v) => `${formatNumber(v)} FLOP/s`,
  'exaflop-per-second-days': (v) => `${formatNumber(v)} exaFLOP/s-days`,
  seconds: (v) => `${formatNumber(v)} s`,
  days: (v) => `${formatNumber(v)} days`,
  months: (v) => `${formatNumber(v)} months`,
  years: (v) => `${formatNumber(v)} years`,
  count: (v) => formatNumber(v),
};

/** "1 trillion", "100 billion": token volumes are easier to grasp in words than in digits. */
export function formatLargeCount(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e12) return `${formatNumber(value / 1e12)} trillion`;
  if (magnitude >= 1e9) return `${formatNumber(value / 1e9)} billion`;
  if (magnitude >= 1e6) return `${formatNumber(value / 1e6)} million`;
  return formatNumber(value);
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  return unitWords[unit](value);
}

/**
 * Short labels for chart axes and values on bars, one way everywhere: "−$2B", "$0.4B", "$1T",
 * "45%", "−10%", "26×". Money takes the largest suffix that keeps at least a tenth of a unit, so a
 * tick of $1,000 billion reads "$1T" and $0.4 billion reads "$0.4B", not "$400M". Negative numbers
 * take a true minus sign before the currency.
 */
export function formatAxisValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '−' : '';
  const magnitude = Math.abs(value);
  const compact = (amount: number) => String(Number(amount.toPrecision(4)));
  if (unitGroup(unit) === 'money') {
    const dollars = magnitude * unitFactor(unit);
    if (dollars === 0) return '$0';
    const steps: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
    const [factor, suffix] = steps.find(([size]) => dollars >= size * 0.1 && (size !== 1e12 || dollars >= 1e12)) ?? [1, ''];
    return `${sign}$${compact(dollars / factor)}${suffix}`;
  }
  // A price per 1,000 or per million tokens is dollars, but never abbreviated: "$0.4", "$1,111".
  if (unitGroup(unit) === 'token-price') return `${sign}$${formatNumber(magnitude)}`;
  if (unit === 'percent') return `${sign}${compact(magnitude)}%`;
  if (unit === 'percentage-points') return `${sign}${compact(magnitude)} pts`;
  if (unit === 'multiple') return `${sign}${formatNumber(magnitude)}×`;
  if (unit === 'tokens-per-month' || unit === 'tokens') return `${sign}${formatLargeCount(magnitude)}`;
  return `${sign}${formatNumber(magnitude)}`;
}

/** Plain-text unit names, for table headers and CSV columns. */
export const unitLabels: Record<Unit, string> = {
  usd: 'US dollars',
  'usd-million': 'US$ millions',
  'usd-billion': 'US$ billions',
  'usd-trillion': 'US$ trillions',
  percent: 'percent',
  'percentage-points': 'percentage points',
  multiple: 'times (×)',
  tokens: 'tokens',
  'tokens-per-month': 'tokens per month',
  'usd-per-thousand-tokens': 'US$ per 1,000 tokens',
  'usd-per-million-tokens': 'US$ per million tokens',
  watts: 'watts',
  megawatts: 'megawatts',
  flop: 'FLOP',
  'flop-per-second': 'FLOP per second',
  'exaflop-per-second-days': 'exaFLOP/s-days',
  seconds: 'seconds',
  days: 'days',
  months: 'months',
  years: 'years',
  count: 'count',
};

/**
 * The first sentence of a passage, for short summaries (a margin note shows it; the whole passage
 * waits behind "Show working"). A full stop inside a number, like "2.5", does not end a sentence.
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+[A-Z("“]|\s*$)/s.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/**
 * A passage's first sentence, cut to at most `words` words with an ellipsis: a reader's name for a
 * claim or a correction in a list of links, where its id ("000-run-rate") would mean nothing.
 */
export function brief(text: string, words = 14): string {
  const sentence = firstSentence(text).split(/\s+/);
  return sentence.length <= words ? sentence.join(' ') : `${sentence.slice(0, words).join(' ').replace(/[,;:]$/, '')}…`;
}

/**
 * A formatted figure split where its decimal point is (or would be): "$1.05T" → "$1" and ".05T",
 * "$380B" → "$380" and "B", "25.6×" → "25" and ".6×". A table column sets every "rest" in a box of
 * one width (restWidth) right after a right-aligned whole part, so the units digits, and with them
 * the decimal points, line up down the column whatever the decimals or suffix. Text with no digit
 * ("—") is all whole.
 */
export function decimalParts(text: string): { whole: string; rest: string } {
  const match = /^(\D*[\d,]*\d)(\.\d+)?(.*)$/s.exec(text);
  if (!match) return { whole: text, rest: '' };
  return { whole: match[1]!, rest: `${match[2] ?? ''}${match[3] ?? ''}` };
}

/**
 * The box, in digit widths, that holds the widest rest of a column. Each character
 * is counted at or above its width in the site's sans-serif (tabular digits are 1 ch; capitals,
 * "%" and "×" are wider; points, commas and spaces narrower), so every rest fits and the box, not the
 * text, sets where the whole part ends.
 */
export function restWidth(rests: readonly string[]): number {
  const width = (character: string) => {
    if (/[0-9]/.test(character)) return 1;
    if (/[.,:;' ]/.test(character)) return 0.5;
    if (/[%×mwMW]/.test(character)) return 1.7;
    if (/[A-Z]/.test(character)) return 1.3;
    return 1.1;
  };
  const widest = Math.max(0, ...rests.map((rest) => [...rest].reduce((total, character) => total + width(character), 0)));
  return Math.ceil(widest * 10) / 10;
}

/** The widest box src/styles/tables.css defines, in whole ch. */
export const widestRestBox = 16;

/**
 * The class that gives a table's number column its rest box: whole ch, rounded up ("rests-3"). A class,
 * not an inline style, because the Content Security Policy allows no style attributes.
 */
export function restBoxClass(rests: readonly string[]): string {
  return `rests-${Math.min(widestRestBox, Math.ceil(restWidth(rests)))}`;
}

/** A date as a reader writes it: "22 November 2026" (from "2026-11-22" or a Date, read as UTC). */
export function longDate(date: string | Date): string {
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return value.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Every ISO date inside a text written with longDate, the rest left as it is: a data point's "as of"
 * is free text around a date ("2026-06-01 (derived)"), and readers see "1 June 2026 (derived)".
 */
export function datesInWords(text: string): string {
  // Whole dates first, so a month-only date ("2023-11", as references give it) is read only where
  // no day follows: "November 2023".
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => longDate(date))
    .replace(/\b\d{4}-\d{2}\b/g, (month) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
}
