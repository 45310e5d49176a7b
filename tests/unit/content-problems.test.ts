import { describe, expect, it } from 'vitest';
import { fieldName, fieldPath, formatProblem, readYaml, schemaProblems, ContentProblems } from '../../src/lib/content-problems';
import { datasetSchema } from '../../src/lib/schemas';

const dataset = `title: A title long enough
subtitle: Units
article: "000"
chart: bar
unit: usd-billion
categories: [A, B]
series:
  - label: S
    kind: run-rate
    points:
      - { category: A, value: 1, asOf: now, source: { article: "000", paragraph: 2 } }
      - { category: B, value: 2, asOf: now }
`;

describe('problems written for a writer', () => {
  it('turns field paths into names and back', () => {
    expect(fieldName(['series', 0, 'points', 1, 'source'])).toBe('series[0].points[1].source');
    expect(fieldPath('series[0].points[1].source')).toEqual(['series', 0, 'points', 1, 'source']);
  });

  it('locates a field, or for a missing one the mapping that lacks it', () => {
    const yaml = readYaml(dataset, 'd.yaml', 'datasets');
    expect(yaml.locate(['series', 0, 'points', 0, 'source', 'paragraph'])).toEqual({ line: 11, column: 71 });
    expect(yaml.locate(['series', 0, 'points', 1, 'source'])).toEqual({ line: 12, column: 9 });
    expect(readYaml('a: 1\n', 'f.md', 'x', 2).locate(['a'])).toEqual({ line: 2, column: 1 });
  });

  it('reports every schema problem with its line, field and what was expected', () => {
    const yaml = readYaml(dataset.replace('chart: bar', 'chart: pie'), 'd.yaml', 'datasets');
    expect(schemaProblems(datasetSchema, yaml.data, yaml.locate, 'd.yaml', 'datasets').map(formatProblem)).toEqual([
      'd.yaml:4:1 field chart: "pie" is not allowed; expected one of bar, line. See content/README.md#datasets',
      'd.yaml:12:9 field series[0].points[1].source: missing; expected { article: "000", paragraph: N }. See content/README.md#datasets',
    ]);
  });

  it('names the line where YAML stops making sense', () => {
    expect(() => readYaml('a: 1\nb: [unclosed\n', 'f.yaml', 'claims')).toThrow(ContentProblems);
    try {
      readYaml('a: 1\nb: [unclosed\n', 'f.yaml', 'claims');
    } catch (error) {
      expect((error as ContentProblems).problems[0]!.position!.line).toBeGreaterThanOrEqual(2);
      expect((error as ContentProblems).problems[0]!.message).toMatch(/^not valid YAML: /);
    }
  });
});
