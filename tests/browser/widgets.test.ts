/**
 * Calculators, interactives and explainer diagrams as a phone reader meets them: nothing scrolls
 * sideways and every input shows its whole value at 320 and 390 px, the headline answer is on
 * screen right after an input changes, and every diagram is drawn without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, closePage, expectClean, openPage } from './setup';
import { contrastRatio } from '../support/contrast';

const pages = [
  'articles/anthropic-trillion-secondary-market/',
  'articles/anthropic-s1-deep-dive/',
  'articles/mixture-of-experts-explained/',
  'articles/constitutional-ai-explained/',
  'articles/secondary-markets-explained/',
];
const explainers = pages.slice(2);
const widgets = '.calculator, .interactive';

describe('widgets on a phone', () => {
  for (const width of [320, 390]) {
    it(`at ${width} px no widget scrolls sideways and every input and select shows its whole value`, async () => {
      for (const path of pages) {
        const page = await openPage(path, { viewport: { width, height: 800 } });
        const problems = await page.evaluate((selector) => {
          const found: string[] = [];
          const canvas = document.createElement('canvas').getContext('2d')!;
          for (const widget of document.querySelectorAll<HTMLElement>(selector)) {
            const frame = widget.getBoundingClientRect();
            if (widget.scrollWidth > widget.clientWidth + 1) found.push(`#${widget.id} is ${widget.scrollWidth} px wide inside ${widget.clientWidth} px`);
            if (frame.right > document.documentElement.clientWidth + 1) found.push(`#${widget.id} ends at ${Math.round(frame.right)} px, past the screen`);
            for (const element of widget.querySelectorAll<HTMLElement>('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > frame.right + 1) found.push(`#${widget.id} ${element.tagName.toLowerCase()}.${element.className} sticks out by ${Math.round(box.right - frame.right)} px`);
            }
            for (const input of widget.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
              if (input.scrollWidth > input.clientWidth + 1) found.push(`#${input.id} cuts off “${input.value}”`);
            }
            for (const select of widget.querySelectorAll<HTMLSelectElement>('select')) {
              const style = getComputedStyle(select);
              canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              for (const option of select.options) {
                const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
                if (canvas.measureText(option.text).width > room) found.push(`#${select.id} cuts off the option “${option.text}”`);
                if (option.text[0] !== option.text[0]!.toUpperCase()) found.push(`#${select.id} option “${option.text}” starts in lower case`);
              }
            }
          }
          return found;
        }, widgets);
        expect(problems, `${path} at ${width} px`).toEqual([]);
        await closePage(page);
      }
    });
  }

  it('at 390 px a calculator’s number boxes line up, and money shows "$" before the amount', async () => {
    for (const path of pages.slice(0, 2)) {
      const page = await openPage(path, { viewport: { width: 390, height: 800 } });
      const calculators = await page.$$eval('.calculator', (sections) =>
        sections.map((section) => ({
          id: section.id,
          boxes: [...section.querySelectorAll<HTMLElement>('.input-with-unit')]
            .filter((field) => (field.querySelector('.input-unit')?.textContent ?? '').length <= 8)
            .map((field) => {
              const box = field.querySelector('input')!.getBoundingClientRect();
              return { left: Math.round(box.left), right: Math.round(box.right) };
            }),
          money: [...section.querySelectorAll('.input-with-unit')].filter((field) => field.querySelector('.input-prefix')?.textContent === '$').length,
          dollarAfter: [...section.querySelectorAll('.input-unit')].filter((unit) => unit.textContent!.trim().startsWith('$')).length,
        })),
      );
      expect(calculators.length).toBeGreaterThan(0);
      for (const calculator of calculators) {
        expect(new Set(calculator.boxes.map((box) => box.left)).size, `${calculator.id}: left edges`).toBe(1);
        expect(new Set(calculator.boxes.map((box) => box.right)).size, `${calculator.id}: right edges`).toBe(1);
        expect(calculator.dollarAfter, calculator.id).toBe(0);
      }
      expect(calculators.some((calculator) => calculator.money > 0)).toBe(true);
      await closePage(page);
    }
  });

  it('at 390 px the headline answer is on screen right after an input changes', async () => {
    for (const path of pages) {
      const page = await openPage(path, { viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });
      const ids = await page.locator(widgets).evaluateAll((nodes) => nodes.filter((node) => node.querySelector('input[type="text"]')).map((node) => node.id));
      for (const id of ids) {
        const widget = page.locator(`#${id}`);
        // The last input sits furthest below the answer, so it is the hardest case.
        const input = widget.locator('input[type="text"]').last();
        const headline = widget.locator('.answer-figure');
        const answer = () => widget.locator('.answer-figure, [data-reading], .answer-more').allTextContents();
        const before = await answer();
        await input.scrollIntoViewIfNeeded();
        await input.click();
        const value = await input.inputValue();
        await input.fill(String(Math.round(Number(value.replace(/,/g, '')) * 1.5)));
        await expect.poll(answer, { message: `#${id} answer updates`, timeout: 5000 }).not.toEqual(before);
        const box = await headline.boundingBox();
        expect(box, `#${id} headline is drawn`).not.toBeNull();
        expect(box!.y, `#${id} headline top is on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `#${id} headline bottom is on screen`).toBeLessThanOrEqual(740);
        await widget.locator('[data-reset]').click();
      }
      await expectClean(page);
      await closePage(page);
    }
  });
});

describe('explainer diagrams', () => {
  const settle = { timeout: 5000 };
  it('each explainer draws its diagram without JavaScript, with text a reader can see', async () => {
    for (const path of explainers) {
      const page = await openPage(path, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
      const diagram = page.locator('figure.diagram svg').first();
      await expect(diagram.isVisible(), path).resolves.toBe(true);
      const drawn = await diagram.evaluate((svg) => ({ shapes: svg.querySelectorAll('rect, line, path').length, words: [...svg.querySelectorAll('text')].map((text) => text.textContent).join(' '), height: svg.getBoundingClientRect().height, label: svg.getAttribute('aria-label') }));
      expect(drawn.shapes, path).toBeGreaterThan(5);
      expect(drawn.words.length, path).toBeGreaterThan(20);
      expect(drawn.height, path).toBeGreaterThan(150);
      expect(drawn.label, path).toMatch(/^Diagram/);
      await closePage(page);
    }
  });

  it('the interactives drive their diagrams', async () => {
    const moe = await openPage('articles/mixture-of-experts-explained/');
    const lit = () => moe.locator('figure.diagram rect.is-lit').count();
    await expect.poll(lit, settle).toBe(2);
    await moe.locator('#interactive-expert-router input[name="topK"]').fill('4');
    await expect.poll(lit, settle).toBe(4);
    const label = await moe.locator('figure.diagram svg').getAttribute('aria-label');
    await moe.locator('[data-token="4"]').click();
    await expect.poll(() => moe.locator('figure.diagram svg').getAttribute('aria-label'), settle).not.toBe(label);
    await expect(moe.locator('[data-token="4"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expectClean(moe);
    await closePage(moe);

    const cai = await openPage('articles/constitutional-ai-explained/');
    await cai.locator('#interactive-critique-loop [data-first]').click();
    await expect.poll(() => cai.locator('figure.diagram text.is-current').textContent(), settle).toBe('1. First draft');
    await cai.locator('#interactive-critique-loop [data-next]').click();
    await expect.poll(() => cai.locator('figure.diagram text.is-current').textContent(), settle).toMatch(/^2\. Critique/);
    await closePage(cai);

    const market = await openPage('articles/secondary-markets-explained/');
    const words = () => market.locator('figure.diagram svg').evaluate((svg) => svg.textContent ?? '');
    await expect.poll(words, settle).toMatch(/only 3 lots changed hands/);
    await market.locator('#interactive-thin-market input[name="sellers"]').fill('5');
    await expect.poll(words, settle).toMatch(/only 5 lots changed hands/);
    // The redrawn price ladder keeps its decimal points lined up.
    const ends = await market.locator('table.market-ladder td.number .number-whole').evaluateAll((parts) => parts.map((part) => Math.round(part.getBoundingClientRect().right)));
    expect(ends.length).toBeGreaterThan(1);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(1);
    await closePage(market);
  });

  it('the order-book chart has axis labels and sits right under its inputs', async () => {
    const page = await openPage('articles/secondary-markets-explained/', { viewport: { width: 390, height: 800 } });
    const ticks = await page.locator('.market-chart .market-tick').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['$0', '$380B', '$1T']));
    expect(ticks.some((text) => /Buyers, top price first; coloured bars trade/.test(text))).toBe(true);
    const fields = await page.locator('#interactive-thin-market .calculator-fields').boundingBox();
    const chart = await page.locator('#interactive-thin-market .market-figure').boundingBox();
    expect(chart!.y - (fields!.y + fields!.height)).toBeLessThan(80);
    await closePage(page);
  });

  it('widgets pass axe in both themes, on a phone and a desktop', async () => {
    for (const path of pages) {
      for (const [scheme, width] of [['light', 390], ['dark', 1280]] as const) {
        const page = await openPage(path, { colorScheme: scheme, viewport: { width, height: 900 } });
        const violations = (await axeViolations(page)).filter((violation) => /calc-|interactive|answer|versus|diagram|widget|field|market|moe-|critique/.test(violation));
        expect(violations, `${path} ${scheme} ${width}`).toEqual([]);
        await closePage(page);
      }
    }
  });
});

describe('the headline answer', () => {
  it.each([390, 1440])('at %i px sits inside its card’s padding, not over it', async (width) => {
    for (const path of pages) {
      const page = await openPage(path, { viewport: { width, height: 900 } });
      const bleeds = await page.evaluate((selector) => {
        const found: string[] = [];
        for (const widget of document.querySelectorAll<HTMLElement>(selector)) {
          const style = getComputedStyle(widget);
          const frame = widget.getBoundingClientRect();
          const content = {
            left: frame.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
            right: frame.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
          };
          for (const answer of widget.querySelectorAll<HTMLElement>('.answer-bar')) {
            const box = answer.getBoundingClientRect();
            if (box.left < content.left - 0.5) found.push(`#${widget.id} answer starts ${(content.left - box.left).toFixed(1)} px into the left padding`);
            if (box.right > content.right + 0.5) found.push(`#${widget.id} answer ends ${(box.right - content.right).toFixed(1)} px into the right padding`);
          }
        }
        return found;
      }, widgets);
      expect(bleeds, `${path} at ${width} px`).toEqual([]);
      await closePage(page);
    }
  });
});

describe('the critique loop’s highlights', () => {
  it.each(['light', 'dark'] as const)('in the %s theme stand out from the paper behind them and keep their text legible', async (colorScheme) => {
    const page = await openPage('articles/constitutional-ai-explained/', { colorScheme });
    const colours = await page.locator('#interactive-critique-loop [data-answer] mark').first().evaluate((mark) => {
      // The paper the highlight sits on: the nearest box that paints a background.
      let paper = mark.parentElement;
      while (paper && getComputedStyle(paper).backgroundColor === 'rgba(0, 0, 0, 0)') paper = paper.parentElement;
      const page = getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? document.documentElement : document.body;
      return { text: getComputedStyle(mark).color, mark: getComputedStyle(mark).backgroundColor, paper: getComputedStyle(paper ?? page).backgroundColor, page: getComputedStyle(page).backgroundColor };
    });
    expect(contrastRatio(colours.text, colours.mark), `text on the highlight: ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colours.mark, colours.paper), `highlight against the answer box: ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(1.3);
    expect(contrastRatio(colours.mark, colours.page), `highlight against the page: ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(1.3);
    await closePage(page);
  });
});
