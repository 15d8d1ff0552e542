import { describe, expect, it } from 'vitest';
import { placeTooltip, safeArticleLink } from '../../../utils/reading/page-state';

describe('tooltip placement and links', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };

  it('puts the tooltip just below the mention when it fits', () => {
    expect(placeTooltip({ left: 100, top: 100, width: 50, height: 20 }, size, viewport)).toEqual({ left: 100, top: 126, above: false });
  });

  it('puts it above a mention near the bottom of the window', () => {
    expect(placeTooltip({ left: 100, top: 700, width: 50, height: 20 }, size, viewport)).toEqual({ left: 100, top: 494, above: true });
  });

  it('keeps it inside the window at the right edge', () => {
    expect(placeTooltip({ left: 950, top: 100, width: 40, height: 20 }, size, viewport).left).toBe(692);
  });

  it('links only to TechFlow pages; anything else from storage stays text', () => {
    expect(safeArticleLink('https://www.techflowpost.com/fr-FR/article/1')).toBe('https://www.techflowpost.com/fr-FR/article/1');
    expect(safeArticleLink('javascript:alert(1)')).toBeNull();
    expect(safeArticleLink('https://techflowpost.com.evil.test/')).toBeNull();
    expect(safeArticleLink('not a url')).toBeNull();
  });
});
