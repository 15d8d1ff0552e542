import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { boundedShrinking, SHRINK_BUDGET_MS } from './property-budget';

/** A clock that moves one tick each time it is read: time is counted, never measured. */
function tickingClock(): () => number {
  let ticks = 0;
  return () => ticks++;
}

const alwaysFails = fc.property(fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), () => false);

describe('bounded shrinking of property failures', () => {
  it('stops shrinking once the budget after the first failure is spent, still reporting the failure', () => {
    const unbounded = fc.check(alwaysFails, { seed: 7 });
    const bounded = fc.check(alwaysFails, { seed: 7, plugins: [boundedShrinking(5, tickingClock())] });
    expect(unbounded.failed).toBe(true);
    expect(bounded.failed).toBe(true);
    expect(bounded.interrupted).toBe(true);
    expect(bounded.counterexample).not.toBeNull();
    expect(bounded.numShrinks).toBeLessThan(unbounded.numShrinks);
  });

  it('lets a passing property run every generated case', () => {
    const passes = fc.check(fc.property(fc.nat(), () => true), { numRuns: 200, plugins: [boundedShrinking(0, tickingClock())] });
    expect(passes).toMatchObject({ failed: false, interrupted: false, numRuns: 200 });
  });

  it('stops shrinking an asynchronous property too', async () => {
    const failsLater = fc.asyncProperty(fc.array(fc.nat(), { minLength: 50, maxLength: 50 }), async () => false);
    const bounded = await fc.check(failsLater, { seed: 7, plugins: [boundedShrinking(5, tickingClock())] });
    expect(bounded).toMatchObject({ failed: true, interrupted: true });
  });

  it('is installed for every property test', () => {
    // The installed plugin reads performance.now: make each read a second later.
    let clock = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1_000));
    try {
      const details = fc.check(alwaysFails, { seed: 7 });
      expect(details).toMatchObject({ failed: true, interrupted: true });
      expect(details.numShrinks).toBeLessThanOrEqual(SHRINK_BUDGET_MS / 1_000);
    } finally {
      spy.mockRestore();
    }
  });
});
