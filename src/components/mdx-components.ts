/** The components an MDX long-read may use without importing them (see content/README.md). */
import Calculator from './Calculator.astro';
import ChartFigure from './ChartFigure.astro';
import FigureLink from './FigureLink.astro';
import ForecastSystem from './ForecastSystem.astro';
import Interactive from './Interactive.astro';
import Note from './Note.astro';
import PublicRecordRef from './PublicRecordRef.astro';
import SectionHeading from './SectionHeading.astro';
import TermLink from './TermLink.astro';
import type { MdxComponentName } from '../lib/mdx-component-names';

export const mdxComponents = {
  Term: TermLink,
  Note,
  Chart: ChartFigure,
  Calculator,
  Interactive,
  Figure: FigureLink,
  Ref: PublicRecordRef,
  ForecastSystem,
  h2: SectionHeading,
} satisfies Record<MdxComponentName, unknown>;
