/**
 * How big chart text is and how much room it needs, estimated without a DOM so the build and the
 * browser lay labels out alike.
 */
export const fontSize = 13;
export const lineHeight = 17;
/** A conservative average glyph width for sans-serif text at `fontSize`, so estimates never under-reserve. */
const glyph = fontSize * 0.68;
export const textWidth = (text: string) => text.length * glyph;

/** Words wrapped into lines of at most `width` design units; a last line too long ends in "…". */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const limit = Math.max(4, Math.floor(width / glyph));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= limit) current = candidate;
    else {
      if (current) lines.push(current);
      current = word.length > limit ? `${word.slice(0, limit - 1)}…` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length >= limit ? `${last.slice(0, limit - 1)}…` : `${last}…`;
    return kept;
  }
  return lines;
}

