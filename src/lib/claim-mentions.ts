/**
 * A claim's reasoning may point at another claim by its id in brackets, "(002-ttm-revenue)", so the
 * ledger's entries can lean on each other. A reader should not meet an id: each mention becomes a link
 * named by the other claim's source paragraph, "(see the check of 002 ¶88)". The build reports a
 * mention of a claim that does not exist (content-graph.ts), so every one here resolves.
 */
export type ReasoningPart = { text: string } | { claimId: string; label: string };

/** Ids in brackets that look like claim ids: a source's three digits, a hyphen, lower-case words. */
const mention = /\((\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*)\)/g;

export function claimMentions(text: string): string[] {
  return [...text.matchAll(mention)].map((match) => match[1]!);
}

export function reasoningParts(text: string, paragraphOf: (claimId: string) => string | undefined): ReasoningPart[] {
  const parts: ReasoningPart[] = [];
  let last = 0;
  for (const match of text.matchAll(mention)) {
    const claimId = match[1]!;
    const paragraph = paragraphOf(claimId);
    if (!paragraph) continue;
    parts.push({ text: `${text.slice(last, match.index)}(` }, { claimId, label: `see the check of ${paragraph}` }, { text: ')' });
    last = match.index! + match[0].length;
  }
  parts.push({ text: text.slice(last) });
  // Neighbouring pieces of text join into one, so a link's brackets sit with the words round them.
  return parts.reduce<ReasoningPart[]>((joined, part) => {
    const previous = joined.at(-1);
    if ('text' in part && previous && 'text' in previous) previous.text += part.text;
    else joined.push({ ...part });
    return joined;
  }, []).filter((part) => !('text' in part) || part.text !== '');
}
