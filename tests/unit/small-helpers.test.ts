import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/glossary';
import { matchesWords } from '../../src/lib/word-match';
import { joinBase, routes } from '../../src/lib/urls';
import { convert, unitGroup } from '../../src/lib/units';
import { parseYamlList } from '../../src/lib/yaml-list-loader';

describe('joinBase', () => {
  it('prefixes the base and keeps page paths ending in a slash', () => {
    expect(joinBase('/', routes.term('ipo'))).toBe('/glossary/ipo/');
    expect(joinBase('/explainers/', routes.term('ipo'))).toBe('/explainers/glossary/ipo/');
    expect(joinBase('/explainers', '/claims')).toBe('/explainers/claims/');
    expect(joinBase('/explainers/', routes.claim('000-x'))).toBe('/explainers/claims/#000-x');
    expect(joinBase('/explainers/', routes.datasetCsv('a'))).toBe('/explainers/data/a.csv');
  });
});

describe('units', () => {
  it('converts within a group and refuses across groups', () => {
    expect(convert(1, 'usd-trillion', 'usd-billion')).toBe(1000);
    expect(convert(50, 'megawatts', 'watts')).toBe(50e6);
    expect(unitGroup('percent')).toBe('percent');
    expect(() => convert(1, 'usd', 'watts')).toThrow(/cannot convert/);
  });
});

describe('glossary helpers', () => {
  it('groups terms by initial, digits first', () => {
    const groups = groupByInitial([
      { id: 'b', name: 'beta', short: '', category: 'ai' },
      { id: 'a', name: 'Alpha', short: '', category: 'ai' },
      { id: 's', name: 'S-1 filing', short: '', category: 'finance' },
      { id: '4', name: '4-bit', short: '', category: 'ai' },
    ]);
    expect(groups.map((group) => [group.initial, group.terms.map((term) => term.id)])).toEqual([
      ['#', ['4']], ['A', ['a']], ['B', ['b']], ['S', ['s']],
    ]);
  });
  it('matches every typed word', () => {
    expect(matchesWords('gross margin revenue less cost', 'margin cost')).toBe(true);
    expect(matchesWords('gross margin', 'margin gpu')).toBe(false);
    expect(matchesWords('anything', '  ')).toBe(true);
    expect(matchesWords('moore’s law', "moore's")).toBe(true);
  });
});

describe('parseYamlList', () => {
  it('reads a list of mappings', () => {
    expect(parseYamlList('- id: a\n  x: 1\n', 'f.yaml')).toEqual([{ id: 'a', x: 1 }]);
  });
  it('names the file on bad YAML or a wrong shape', () => {
    expect(() => parseYamlList('- id: [unclosed', 'content/claims/000.yaml')).toThrow(/^content\/claims\/000.yaml: not valid YAML/);
    expect(() => parseYamlList('id: a', 'c.yaml')).toThrow('c.yaml: expected a YAML list');
    expect(() => parseYamlList('- 3', 'c.yaml')).toThrow('c.yaml: item 1 is not a mapping');
  });
});
