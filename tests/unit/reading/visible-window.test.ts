import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_MENTIONS, mentionsWithin, spanCovers, widenSpan } from '../../../utils/reading/visible-window';

const mentions = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 10 }));

describe('a huge article draws the mentions near the viewport', () => {
  it('takes the mentions that start inside the span', () => {
    expect(mentionsWithin(mentions, { start: 95, end: 300 })).toEqual({ first: 10, end: 30 });
    expect(mentionsWithin(mentions, { start: 0, end: 0 })).toEqual({ first: 0, end: 0 });
    expect(mentionsWithin(mentions, { start: 99_995, end: 200_000 })).toEqual({ first: 10_000, end: 10_000 });
  });

  it('draws at most the window’s worth of mentions, from the middle of the span', () => {
    const { first, end } = mentionsWithin(mentions, { start: 0, end: 100_000 });
    expect(end - first).toBe(MAX_WINDOW_MENTIONS);
    expect(first).toBe((10_000 - MAX_WINDOW_MENTIONS) / 2);
  });

  it('widens the visible text by a screen each way, within the text, and needs no redraw inside it', () => {
    const drawn = widenSpan({ start: 1_000, end: 1_500 }, 1_800);
    expect(drawn).toEqual({ start: 500, end: 1_800 });
    expect(spanCovers(drawn, { start: 600, end: 1_100 })).toBe(true);
    expect(spanCovers(drawn, { start: 400, end: 900 })).toBe(false);
  });
});
