import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTest, IntervalIndex, pointInRects } from '../../../utils/reading/hit-test';

const claim = { start: 0, end: 40, name: 'claim' };
const token = { start: 10, end: 17, name: 'Bitcoin' };
const company = { start: 50, end: 58, name: 'Coinbase' };

describe('finding the mention under the pointer', () => {
  it('lists the mentions covering a character, innermost first', () => {
    const index = new IntervalIndex([company, claim, token]);
    expect(index.covering(12).map((m) => m.name)).toEqual(['Bitcoin', 'claim']);
    expect(index.covering(5).map((m) => m.name)).toEqual(['claim']);
    expect(index.covering(45)).toEqual([]);
    expect(index.covering(58)).toEqual([]);
  });

  it('agrees with a plain scan for any set of intervals (property)', () => {
    const interval = fc.tuple(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), fc.nat({ max: 250 }), (items, offset) => {
        const expected = items.filter((item) => item.start <= offset && offset < item.end);
        expect(new IntervalIndex(items).covering(offset)).toHaveLength(expected.length);
      }),
    );
  });

  it('takes the token inside a claim when the pointer is on the token', () => {
    const index = new IntervalIndex([claim, token]);
    expect(hitTest(index, 12, () => true)?.name).toBe('Bitcoin');
  });

  it('counts the character before the caret, for a pointer on the right half of a mention\'s last letter', () => {
    const index = new IntervalIndex([token]);
    expect(hitTest(index, 17, () => true)?.name).toBe('Bitcoin');
  });

  it('shows nothing on untagged text or when the pointer is beside the line, not on it', () => {
    const index = new IntervalIndex([claim, token, company]);
    expect(hitTest(index, 45, () => true)).toBeNull();
    expect(hitTest(index, 12, () => false)).toBeNull();
  });

  it('checks the pointer against a mention\'s line boxes', () => {
    const lines = [
      { left: 100, top: 10, right: 300, bottom: 30 },
      { left: 0, top: 30, right: 80, bottom: 50 },
    ];
    expect(pointInRects(lines, 150, 20)).toBe(true);
    expect(pointInRects(lines, 40, 40)).toBe(true);
    expect(pointInRects(lines, 150, 40)).toBe(false);
  });
});
