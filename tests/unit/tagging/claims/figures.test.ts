import { describe, expect, it } from 'vitest';
import { figureEvidence } from '../../../../utils/tagging/claims/figures';

function figure(text: string): { weight: number; text: string } | undefined {
  const found = figureEvidence(text);
  return found && { weight: found.weight, text: text.slice(found.start, found.end) };
}

describe('figureEvidence', () => {
  it('reads amounts, percentages and multiples as the strongest figures', () => {
    expect(figure('ETF inflows reached $1.2bn in May.')).toEqual({ weight: 2, text: '$1.2bn' });
    expect(figure('持有超过 10 万枚')).toEqual({ weight: 2, text: '10 万' });
    expect(figure('a fixed fee of around 30 cents')).toEqual({ weight: 2, text: '30 cents' });
  });

  it('reads a count of things as a figure ("about 40 developers", "9 个项目", "40명")', () => {
    expect(figure('We started with about 40 developers.')).toEqual({ weight: 1.5, text: '40 developers' });
    expect(figure('我们投了 9 个项目。')).toEqual({ weight: 1.5, text: '9 个' });
    expect(figure('참여자는 40명이다.')).toEqual({ weight: 1.5, text: '40명' });
    expect(figure('plus de 20 pays')).toEqual({ weight: 1.5, text: '20 pays' });
  });

  it('reads calendar dates and years as dating an event', () => {
    expect(figure('香港的条例也在 8 月 1 日生效。')).toEqual({ weight: 1, text: '8 月' });
    expect(figure('10日、発表した。')).toEqual({ weight: 1, text: '10日' });
    expect(figure('It launched on September 15.')).toEqual({ weight: 1, text: 'September 15' });
    expect(figure('Ra mắt vào tháng 7.')).toEqual({ weight: 1, text: 'tháng 7' });
    expect(figure('PayPal issued PYUSD in 2023.')).toEqual({ weight: 1, text: '2023' });
  });

  it('does not count numbers that are part of a name ("Layer 2 networks", "x402", "HTTP 402", "GPT-4")', () => {
    expect(figure('Layer 2 networks grew.')?.weight).toBe(0.5);
    expect(figure('the x402 standard')?.weight).toBe(0.5);
    expect(figure('the HTTP 402 status code')?.weight).toBe(0.5);
    expect(figure('GPT-4 models')?.weight).toBe(0.5);
  });

  it('gives a bare number (a ratio, an episode) only supporting weight, and nothing without digits', () => {
    expect(figure('le ratio est retombé autour de 1,3.')).toEqual({ weight: 0.5, text: '1,3' });
    expect(figure('Podcast: The Agentic Economy, episode 18')).toEqual({ weight: 0.5, text: '18' });
    expect(figure('No digits here.')).toBeUndefined();
  });
});
