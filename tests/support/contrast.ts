/**
 * WCAG contrast between two colours as getComputedStyle gives them: "rgb(22, 21, 15)", or
 * "color(srgb 0.2 0.19 0.16)" where color-mix() made the colour. Alpha is ignored, so pass opaque
 * colours (a background the page paints, not a transparent one).
 */
function luminance(colour: string): number {
  const scale = colour.startsWith('color(') ? 1 : 255;
  const channels = colour.replace(/^color\(srgb/, '').match(/[\d.]+/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) throw new Error(`not a colour: ${colour}`);
  const [red, green, blue] = channels.map((value) => {
    const channel = value / scale;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** From 1 (the same) to 21 (black on white); text needs 4.5 to be read easily. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
