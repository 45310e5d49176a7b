import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../src/lib/typography';

describe('smartQuotes', () => {
  it('curls double quotes by where they stand', () => {
    expect(smartQuotes('The article says it was "confirmed" by trades.')).toBe('The article says it was “confirmed” by trades.');
    expect(smartQuotes('"Above $30 billion", it said ("in April").')).toBe('“Above $30 billion”, it said (“in April”).');
    expect(smartQuotes('moved from "Consistent" to "Cannot be checked".')).toBe('moved from “Consistent” to “Cannot be checked”.');
    expect(smartQuotes('a line—"quoted"')).toBe('a line—“quoted”');
  });
  it('makes apostrophes and single quotes typographic', () => {
    expect(smartQuotes("the essay's figure, investors' shares, don't")).toBe('the essay’s figure, investors’ shares, don’t');
    expect(smartQuotes("a 'valuation flip' in the '90s")).toBe('a ‘valuation flip’ in the ’90s');
    expect(smartQuotes("\"the crown has 'moved'\"")).toBe('“the crown has ‘moved’”');
  });
  it('leaves text without straight quotes, and curly quotes already typed, as they are', () => {
    expect(smartQuotes('“about $450 billion” it states')).toBe('“about $450 billion” it states');
    expect(smartQuotes('$1.05 trillion, 30×, ¶62')).toBe('$1.05 trillion, 30×, ¶62');
  });
});
