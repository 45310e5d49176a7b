/**
 * Typographer's quotes for text written in YAML, where writers type straight ones: the long-reads'
 * prose gets curly quotes from Markdown's smartypants, and a claim's reasoning shown in a note
 * beside it should not look different. Apostrophes inside words ("essay's", "don't") and before a
 * decade ("'90s") become ’; a quote opens after the start, a space, a bracket or a dash, and closes
 * everywhere else. Curly quotes already typed are left as they are.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/([\p{L}\p{N}])'(?=\p{L})/gu, '$1’')
    .replace(/(^|\s)'(?=\d\ds\b)/gu, '$1’')
    .replace(/(^|[\s([{\u2013\u2014“"])'/gu, '$1‘')
    .replace(/'/g, '’')
    .replace(/(^|[\s([{\u2013\u2014‘])"/gu, '$1“')
    .replace(/"/g, '”');
}

/**
 * The other way, for matching what a reader types: a keyboard gives straight quotes, the page shows
 * curly ones, and "author's" should still find "author’s".
 */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
