import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInBackground, sliceOver } from '../../../components/run-in-background';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('background slices', () => {
  it('a slice goes on until its deadline while no input waits', () => {
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => false } });
    expect(sliceOver(performance.now() + 60_000)).toBe(false);
    expect(sliceOver(performance.now() - 1)).toBe(true);
  });

  it('a slice ends before its deadline as soon as the browser says input is waiting', () => {
    const isInputPending = vi.fn(() => true);
    vi.stubGlobal('navigator', { scheduling: { isInputPending } });
    expect(sliceOver(performance.now() + 60_000)).toBe(true);
    expect(isInputPending).toHaveBeenCalledOnce();
  });

  it('a browser that cannot tell about waiting input ends slices by their deadline alone', () => {
    vi.stubGlobal('navigator', {});
    expect(sliceOver(performance.now() + 60_000)).toBe(false);
    expect(sliceOver(performance.now() - 1)).toBe(true);
  });

  it('runs background work at background priority where tasks can be ranked, else as a later timer task', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve().then(callback));
    vi.stubGlobal('scheduler', { postTask });
    const ran = vi.fn();
    runInBackground(ran);
    expect(postTask).toHaveBeenCalledWith(ran, { priority: 'background' });
    await Promise.resolve();
    expect(ran).toHaveBeenCalledOnce();

    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    const later = vi.fn();
    runInBackground(later);
    expect(later).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(later).toHaveBeenCalledOnce();
  });
});
