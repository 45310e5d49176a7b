/**
 * The words content/site.yaml gives the kinds of figure, for unit tests of the pure chart functions,
 * which take them as an argument (the build passes the same ones from the content).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KindLabels } from '../../src/lib/chart-spec';

export const kindLabels: KindLabels = parse(readFileSync('content/site.yaml', 'utf8')).figureKinds;
