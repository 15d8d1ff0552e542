import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, HoverController, SHOW_DELAY_MS, SWITCH_DELAY_MS } from '../../../utils/reading/hover';

describe('when a tooltip opens and closes', () => {
  let changes: Array<string | null>;
  let hover: HoverController<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    changes = [];
    hover = new HoverController<string>(
      { set: (callback, ms) => setTimeout(callback, ms) as unknown as number, clear: (id) => clearTimeout(id) },
      (shown) => changes.push(shown),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('opens after a short rest on a mention, not while sweeping across text', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    hover.pointerOver(null);
    hover.pointerOver('Coinbase');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(changes).toEqual(['Coinbase']);
  });

  it('stays open while the pointer crosses into the tooltip and rests there', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    hover.pointerOver(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    hover.pointerInTooltip(true);
    vi.advanceTimersByTime(10 * HIDE_GRACE_MS);
    expect(changes).toEqual(['Bitcoin']);
    hover.pointerInTooltip(false);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(changes).toEqual(['Bitcoin', null]);
  });

  it('does not close and reopen while the pointer moves within the same mention (no flicker)', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    for (let i = 0; i < 20; i++) {
      hover.pointerOver('Bitcoin');
      vi.advanceTimersByTime(16);
    }
    expect(changes).toEqual(['Bitcoin']);
  });

  it('switches straight to the next mention without closing in between', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    hover.pointerOver('Ethereum');
    vi.advanceTimersByTime(SWITCH_DELAY_MS);
    expect(changes).toEqual(['Bitcoin', 'Ethereum']);
  });

  it('closes on Esc and stays closed until the pointer leaves the mention', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    hover.escape();
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS * 3);
    expect(changes).toEqual(['Bitcoin', null]);
    hover.pointerOver(null);
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(changes).toEqual(['Bitcoin', null, 'Bitcoin']);
  });

  it('closes after the grace time once the pointer leaves', () => {
    hover.pointerOver('Bitcoin');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    hover.pointerOver(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(changes).toEqual(['Bitcoin', null]);
  });
});
