/** The share image of a page (1200 × 630): site name, page title and its key number, as SVG. */
import { escapeXml } from './xml';

export const shareCardSize = { width: 1200, height: 630 } as const;

/** Greedy word wrap by character count: good enough for a card set in one known font. */
export function wrapText(text: string, maxCharacters: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxCharacters) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export function shareCard(input: { eyebrow: string; title: string; detail?: string; siteName: string }): string {
  const { width, height } = shareCardSize;
  const titleLines = wrapText(input.title, 30, 3);
  const detailLines = input.detail ? wrapText(input.detail, 62, 3) : [];
  const sans = 'DejaVu Sans, Arial, sans-serif';
  const serif = 'DejaVu Serif, Georgia, serif';
  const title = titleLines.map((line, index) => `<text x="80" y="${210 + index * 70}" font-family="${sans}" font-size="52" font-weight="bold" fill="#1f1d1a">${escapeXml(line)}</text>`).join('');
  const detailTop = 210 + titleLines.length * 70 + 30;
  const detail = detailLines.map((line, index) => `<text x="80" y="${detailTop + index * 42}" font-family="${serif}" font-size="30" fill="#57524a">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#fdfcf8"/>
<rect width="${width}" height="14" fill="#8a3b12"/>
<text x="80" y="110" font-family="${sans}" font-size="26" letter-spacing="3" fill="#8a3b12">${escapeXml(input.eyebrow.toUpperCase())}</text>
${title}${detail}
<text x="80" y="${height - 50}" font-family="${sans}" font-size="24" fill="#57524a">${escapeXml(input.siteName)}</text>
</svg>`;
}
