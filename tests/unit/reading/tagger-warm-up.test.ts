import { describe, expect, it } from 'vitest';
import { createTaggerWarmUp, WARM_UP_SENTENCES } from '../../../utils/reading/tagger-warm-up';
import { tagText } from '../../../utils/tagging';
import type { TagOptions } from '../../../utils/tagging/types';

describe('warming the tagger up while an article loads', () => {
  it('tags one sentence in the article\'s language, after replying, once per language', () => {
    const tagged: Array<{ text: string; options: TagOptions }> = [];
    const queued: Array<() => void> = [];
    const warmUp = createTaggerWarmUp(
      (text, options) => {
        tagged.push({ text, options });
        return [];
      },
      (work) => queued.push(work),
    );
    expect(warmUp('fr-FR')).toEqual({ started: true });
    expect(tagged).toEqual([]);
    queued.forEach((work) => work());
    expect(tagged).toEqual([{ text: WARM_UP_SENTENCES.fr, options: { lang: 'fr' } }]);
    expect(warmUp('fr')).toEqual({ started: false });
    expect(warmUp('zh-TW')).toEqual({ started: true });
    expect(queued).toHaveLength(2);
  });

  it('ignores a language the site does not have', () => {
    const warmUp = createTaggerWarmUp(() => [], () => {
      throw new Error('nothing to warm');
    });
    expect(warmUp('de-DE')).toEqual({ started: false });
  });

  it('runs entity matching and claim rules in every site language', () => {
    for (const [lang, sentence] of Object.entries(WARM_UP_SENTENCES)) {
      const kinds = new Set(tagText(sentence, { lang }).map((tag) => tag.kind));
      expect(kinds.has('token') || kinds.has('company'), `${lang}: ${sentence}`).toBe(true);
    }
  });
});
