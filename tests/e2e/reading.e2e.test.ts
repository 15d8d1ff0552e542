/**
 * Reading an article as a reader does, in Chromium and Firefox: hovering tokens, companies and
 * claims shows their cards (and ambiguous common words show none), Save shows the saved state and
 * the popup lists the article, a highlight survives a reload, client-side navigation re-annotates,
 * and the page's own scripts keep working while the annotation follows their re-renders.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type TestPage, useExtensionBrowser } from './harness';
import { pageFixture } from '../fixtures/pages/fixtures';

const ANNOTATE = 'techflow-annotator:annotate';

async function openAnnotated(session: ReturnType<typeof useExtensionBrowser>, name: string): Promise<TestPage> {
  const page = await session.browser.openPage(session.browser.site.urlOf(name));
  await page.waitForMeasure(ANNOTATE);
  return page;
}

/**
 * Which of our highlight layers cover the `occurrence`-th run of `text` in the article (read from
 * `CSS.highlights` in the page): what the reader sees drawn there.
 */
function layersOver(page: TestPage, text: string, occurrence = 0): Promise<string[]> {
  return page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      let target: Range | null = null;
      for (let node = walker.nextNode(); node && !target; node = walker.nextNode()) {
        let at = (node.textContent ?? '').indexOf(text);
        while (at >= 0 && !target) {
          if (seen === occurrence) {
            target = document.createRange();
            target.setStart(node, at);
            target.setEnd(node, at + text.length);
          }
          seen += 1;
          at = (node.textContent ?? '').indexOf(text, at + 1);
        }
      }
      if (!target) throw new Error(`"${text}" is not in one text node of the page`);
      const layers: string[] = [];
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      for (const [name, highlight] of registry) {
        for (const drawn of highlight) {
          // Mentions are drawn with static ranges: compare through a live range over the same boundaries.
          const range = document.createRange();
          range.setStart(drawn.startContainer, drawn.startOffset);
          range.setEnd(drawn.endContainer, drawn.endOffset);
          if (
            range.compareBoundaryPoints(Range.START_TO_END, target) > 0 &&
            range.compareBoundaryPoints(Range.END_TO_START, target) < 0
          ) {
            layers.push(name);
            break;
          }
        }
      }
      return layers.sort();
    },
    { text, occurrence },
  );
}

/** The texts drawn in one of our highlight layers (static ranges read through live copies). */
function drawnTexts(page: TestPage, layer: string): Promise<string[]> {
  return page.evaluate(
    ({ layer }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      return [...(registry.get(layer) ?? [])].map((drawn) => {
        const range = document.createRange();
        range.setStart(drawn.startContainer, drawn.startOffset);
        range.setEnd(drawn.endContainer, drawn.endOffset);
        return range.toString();
      });
    },
    { layer },
  );
}

/** Moves the pointer away from the text so any open tooltip closes, and waits until it has. */
async function pointerAway(page: TestPage): Promise<void> {
  await page.moveMouse(2, 2);
  await page.getByRole('tooltip').waitFor({ state: 'hidden' });
}

/** Hovers a word and checks no tooltip opens in twice the time a mention's tooltip takes. */
async function expectNoTooltipOn(page: TestPage, text: string, occurrence = 0): Promise<void> {
  await pointerAway(page);
  await page.textRange(text, { occurrence }).hover();
  const started = await page.evaluate(() => performance.now());
  await page.waitFor((since) => performance.now() - since > 700 || undefined, started);
  expect(await page.tooltips()).toEqual([]);
}

describe.each(BROWSER_NAMES)('%s: reading with annotations', (browserName) => {
  const session = useExtensionBrowser(browserName);

  it('shows the card of a token, a company and a claim when the reader hovers them (en-US)', async () => {
    const page = await openAnnotated(session, 'en-US-interview');
    await page.textRange('Morpho').hover();
    const token = await page.waitForTooltip();
    expect(token).toContain('Morpho');
    expect(token).toContain('Token');
    expect(token).toMatch(/Mentioned once in this article/);

    await pointerAway(page);
    await page.textRange('Franklin Templeton').hover();
    const company = await page.waitForTooltip();
    expect(company).toContain('Franklin Templeton');
    expect(company).toContain('Company');

    await pointerAway(page);
    await page.textRange('outperform the DeFi index').hover();
    const claim = await page.waitForTooltip();
    expect(claim).toContain('Claim');
    expect(claim).toContain('I think AAVE will outperform the DeFi index again in 2025.');
    expect(claim).toContain('Priya Nair');
    expect(claim).toContain('Bullish');
    expect(claim).toContain('in 2025');
    expect(page.errors).toEqual([]);
  });

  it('reaches the same cards from the keyboard and lists every mention in the panel', async () => {
    const page = await openAnnotated(session, 'en-US-interview');
    await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).waitFor();
    await page.press('Alt+Shift+N');
    const first = await page.waitForTooltip();
    expect(first.length).toBeGreaterThan(0);
    await page.press('Escape');
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Annotations' }).click();
    const [panel] = await page.getByRole('region', { name: 'On this page' }).waitFor();
    expect(panel).toContain('Tokens and companies');
    expect(panel).toContain('Claims');
    await page.getByRole('button', { name: /^Morpho/ }).click();
    // The panel shows the chosen mention's card above the lists: its count line is only there.
    const panelText = async () => (await page.getByRole('region', { name: 'On this page' }).texts()).join(' ');
    await expect.poll(panelText, { timeout: 5_000 }).toMatch(/Morpho.*Mentioned once in this article/);
    expect(page.errors).toEqual([]);
  });

  it('shows no card on ambiguous common words: compound interest, an apple', async () => {
    const page = await openAnnotated(session, 'en-US-interview');
    expect(await layersOver(page, 'Aave', 0)).toContain('tfa-token');
    expect(await layersOver(page, 'compound interest', 0)).toEqual([]);
    expect(await layersOver(page, 'An apple a day', 0)).toEqual([]);
    await expectNoTooltipOn(page, 'compound interest');
    await expectNoTooltipOn(page, 'An apple a day');
    expect(page.errors).toEqual([]);
  });

  it('marks Solana but not "la base" in the French podcast, and shows the card in the page', async () => {
    const page = await openAnnotated(session, 'fr-FR-podcast');
    expect(await layersOver(page, 'Commençons par la base')).toEqual([]);
    await expectNoTooltipOn(page, 'Commençons par la base');
    expect(await drawnTexts(page, 'tfa-token')).toContain('Solana');
    expect(page.errors).toEqual([]);
  });

  it('does not mark 以太网 (Ethernet) as Ethereum in the Chinese podcast', async () => {
    const page = await openAnnotated(session, 'zh-CN-podcast');
    const layers = await layersOver(page, '以太网');
    expect(layers).not.toContain('tfa-token');
    expect(layers).not.toContain('tfa-company');
    expect(await drawnTexts(page, 'tfa-token')).toContain('以太坊');
    expect(page.errors).toEqual([]);
  });

  it('saves in one click, shows "Saved" with the count, and the popup lists the article', async () => {
    const page = await openAnnotated(session, 'en-US-interview');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await page.getByRole('toolbar', { name: 'TechFlow Annotator' }).texts()).toEqual([
      expect.stringMatching(/Saved · \d+ highlights/),
    ]);
    const popup = await session.browser.openPopup();
    await popup.waitFor(() => document.body.innerText.includes('Arcadia Labs co-founder') || undefined);
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });

  it('keeps a highlight the reader made and draws it again after a reload', async () => {
    const page = await openAnnotated(session, 'ko-KR-short');
    const quote = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.art_detail_content p')].find((p) => (p.textContent ?? '').trim().length > 20);
      return (paragraph?.textContent ?? '').trim().slice(0, 12);
    });
    await page.textRange(quote).select();
    await page.getByRole('button', { name: 'Highlight' }).click();
    await page.waitFor(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tfa-user')?.size || undefined);
    await page.reload();
    await page.waitForMeasure(ANNOTATE);
    const drawn = await page.waitFor(() => {
      const user = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tfa-user');
      return user && user.size > 0 ? [...user].map((range) => range.toString().replace(/\s+/g, ' ').trim()) : undefined;
    });
    expect(drawn).toEqual([quote.replace(/\s+/g, ' ').trim()]);
    // The dock mounts once the page is idle, which may come after the highlight is drawn, and shows
    // the saved state when the worker's reply arrives.
    const dock = page.getByRole('toolbar', { name: 'TechFlow Annotator' });
    await expect.poll(async () => dock.texts(), { timeout: 15_000 }).toEqual([expect.stringMatching(/Saved · /)]);
    expect(page.errors).toEqual([]);
  });

  it('annotates the next article after a client-side navigation', async () => {
    const page = await openAnnotated(session, 'en-US-interview');
    await page.navigateClientSide(session.browser.site.urlOf('fr-FR-keynote'));
    const measures = await page.waitForMeasure(ANNOTATE, { count: 2 });
    expect(measures.at(-1)?.detail).toMatchObject({ key: pageFixture('fr-FR-keynote').key });
    const stale = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((highlight) => [...highlight]).filter((range) => !range.startContainer.isConnected).length;
    });
    expect(stale).toBe(0);
    await page.textRange('Ethereum').hover();
    const card = await page.waitForTooltip();
    expect(card).toContain('Ethereum');
    expect(card).toContain('Token');
    expect(page.errors).toEqual([]);
  });

  it('follows the page re-rendering part of the article, and leaves its scripts working', async () => {
    const page = await openAnnotated(session, 'en-US-rerender');
    expect(await layersOver(page, 'Solana')).toContain('tfa-token');
    await page.getByRole('button', { name: 'Like' }).click();
    await page.getByRole('button', { name: 'Like' }).click();
    await page.waitFor(() => document.getElementById('like-count')?.textContent === '2' || undefined);
    await page.getByRole('button', { name: 'Refresh quote' }).click();
    await page.waitFor(() => document.querySelector('#live-quote strong') !== null || undefined);
    await page.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const fresh = document.getElementById('live-quote');
      const text = (drawn: AbstractRange) => {
        const range = document.createRange();
        range.setStart(drawn.startContainer, drawn.startOffset);
        range.setEnd(drawn.endContainer, drawn.endOffset);
        return range.toString();
      };
      return [...(registry.get('tfa-token') ?? [])].some((drawn) => fresh?.contains(drawn.startContainer) && text(drawn) === 'Solana') || undefined;
    });
    await page.textRange('Solana').hover();
    expect(await page.waitForTooltip()).toContain('Solana');
    expect(page.errors).toEqual([]);
  });
});
