/**
 * Turns what a reader typed into a number, or into a message that says what is wrong. Calculators
 * never show NaN or Infinity: they show one of these messages instead.
 */
export interface NumberRule {
  label: string;
  min?: number;
  max: number;
  /** Zero is refused where a calculation divides by the value. */
  allowZero?: boolean;
  allowNegative?: boolean;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

export function parseNumberInput(raw: string, rule: NumberRule): ParsedNumber {
  const text = raw.trim().replace(/[,\s_]/g, '').replace(/^\$/, '').replace(/%$/, '');
  if (text === '') return { ok: false, message: `Enter a number for ${rule.label.toLowerCase()}.` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) {
    return { ok: false, message: `“${raw.trim().slice(0, 24)}” is not a number. Use digits, such as 39 or 0.4.` };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large to work with.` };
  if (value < 0 && !rule.allowNegative) return { ok: false, message: `${rule.label} cannot be negative.` };
  if (value === 0 && !rule.allowZero) return { ok: false, message: `${rule.label} cannot be zero: the calculation divides by it.` };
  if (rule.min !== undefined && value < rule.min) return { ok: false, message: `${rule.label} must be at least ${rule.min.toLocaleString('en-US')}.` };
  if (value > rule.max) return { ok: false, message: `${rule.label} above ${rule.max.toLocaleString('en-US')} is outside what this calculator can sensibly show.` };
  return { ok: true, value };
}
