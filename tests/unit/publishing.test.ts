import { describe, expect, it } from 'vitest';
import { kindLabels } from '../support/site-words';
import { chartSpec } from '../../src/lib/chart-data';
import { citation } from '../../src/lib/citation';
import { datasetSchema } from '../../src/lib/schemas';
import { shareCard, wrapText } from '../../src/lib/share-card';
import { axisFor } from '../../src/lib/chart-spec';
import { svgChart } from '../../src/lib/svg-chart';
import { escapeXml, rssFeed, sitemap } from '../../src/lib/xml';

describe('xml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom's & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;');
  });
  it('writes an RSS item per article with an RFC 822 date', () => {
    const feed = rssFeed({ title: 'T', url: 'https://x.org/', description: 'D', selfUrl: 'https://x.org/rss.xml' }, [
      { title: 'A & B', url: 'https://x.org/a/', description: 'S', published: new Date('2026-11-22T00:00:00Z') },
    ]);
    expect(feed).toContain('<title>A &amp; B</title>');
    expect(feed).toContain('<pubDate>Sun, 22 Nov 2026 00:00:00 GMT</pubDate>');
    expect(sitemap([{ loc: 'https://x.org/' }])).toContain('<url><loc>https://x.org/</loc></url>');
  });
});

describe('citation', () => {
  it('gives plain text and BibTeX with the date and address', () => {
    const cite = citation({ id: 'where-the-accounts-disagree', title: 'Where {the} accounts disagree', url: 'https://x.org/a/', published: new Date('2026-11-22'), siteName: 'Site' });
    expect(cite.plain).toBe('Site. “Where {the} accounts disagree.” Published 22 November 2026. https://x.org/a/');
    expect(cite.bibtex).toContain('@misc{wheretheaccountsdisagree2026,');
    expect(cite.bibtex).toContain('title = {Where the accounts disagree},');
  });
  it('leaves the address out when the site has none, instead of inventing one', () => {
    const cite = citation({ id: 'a', title: 'A page', published: new Date('2026-11-22'), siteName: 'Site' });
    expect(cite.plain).toBe('Site. “A page.” Published 22 November 2026.');
    expect(cite.bibtex).not.toContain('url');
  });
});

describe('share cards and static charts', () => {
  it('wraps and truncates text to the card', () => {
    expect(wrapText('one two three four', 9, 5)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(shareCard({ eyebrow: 'x', title: 'A <title>', siteName: 'Site & name' })).toContain('A &lt;title&gt;');
  });
  it('picks round axis ticks', () => {
    expect(axisFor([9, 39], 'linear').ticks).toEqual([0, 10, 20, 30, 40]);
    expect(axisFor([7.5, 25], 'linear').ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(axisFor([0.4, 39], 'logarithmic').ticks).toEqual([0.1, 1, 10, 100]);
    // Negative values get whole steps below zero; a log axis starts strictly below its smallest value.
    expect(axisFor([-0.2, 11], 'linear').ticks).toEqual([-2.5, 0, 2.5, 5, 7.5, 10, 12.5]);
    expect(axisFor([1, 100], 'logarithmic').ticks).toEqual([0.1, 1, 10, 100]);
  });
  it('draws bars only where the source gives a value', () => {
    const dataset = datasetSchema.parse({
      title: 'Revenue forecast', subtitle: 'US$ billions', article: '002', chart: 'bar', unit: 'usd-billion', categories: ['2027', '2028', '2030'],
      series: [{ label: 'Revenue', kind: 'forecast', points: [
        { category: '2027', value: 7.5, asOf: '2026', source: { article: '002', paragraph: 96 } },
        { category: '2030', value: 25, asOf: '2026', source: { article: '002', paragraph: 96 } }] }],
    });
    const svg = svgChart(chartSpec(dataset, kindLabels));
    expect(svg.match(/data-value=/g)?.length).toBe(2);
    expect(svg).toContain('>2028<');
  });
  it('gives every label of a standalone file the same paper halo as the page, once', () => {
    const dataset = datasetSchema.parse({
      title: 'Revenue forecast', subtitle: 'US$ billions', article: '002', chart: 'bar', unit: 'usd-billion', categories: ['2030'],
      series: [{ label: 'Revenue', kind: 'forecast', points: [{ category: '2030', value: 25, asOf: '2026', source: { article: '002', paragraph: 96 } }] }],
    });
    const svg = svgChart(chartSpec(dataset, kindLabels));
    expect(svg.match(/<style>text\{paint-order:stroke;stroke:#fdfcf8;stroke-width:5px;stroke-linejoin:round\}<\/style>/g)).toHaveLength(1);
  });
});

describe('share card site name', () => {
  it('comes from the caller (content/site.yaml), escaped', () => {
    expect(shareCard({ eyebrow: 'x', title: 'y', siteName: 'Site & name' })).toContain('>Site &amp; name</text>');
  });
});
