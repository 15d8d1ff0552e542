/** Shapes of the per-language cue lexicons that decide what is a claim, its stance and its speaker. */

/** Language families the claim rules distinguish (zh covers zh-CN and zh-TW). */
export type LexiconLang = 'en' | 'fr' | 'zh' | 'ja' | 'ko' | 'vi';

/** What kind of claim a phrase is evidence of. */
export type Evidence = 'forecast' | 'opinion' | 'evaluative' | 'report' | 'fact';

/** What a phrase says against a sentence being a claim. */
export type Against = 'narration' | 'greeting' | 'instruction';

/**
 * Direction words for stance: `up`/`down` are moves (rise, fall), `bullThing`/`bearThing` are states
 * (bull market, bubble), `end` ends the nearest state ("the bull cycle is over").
 */
export type Polarity = 'up' | 'down' | 'bullThing' | 'bearThing' | 'end';

/** Decides from the surrounding text whether a matched phrase has the cue sense (e.g. 将 as future, not as 把). */
export type SenseCheck = (text: string, start: number, end: number) => boolean;

export interface CueEntry {
  evidence?: Evidence;
  /** How strongly the phrase signals a claim; defaults per evidence kind. */
  weight?: number;
  against?: Against;
  polarity?: Polarity;
  /** Negates what it governs: before the word in en/fr/zh/vi, after it in ja/ko. */
  negates?: boolean;
  /**
   * A negated frame of opinion or expectation ("I don't think", "je ne pense pas que", "不认为",
   * "とは思わない", "고 보지 않는다"): it negates the whole clause it governs, however far its
   * direction words sit (after it in en/fr/zh/vi, before it in ja/ko), not only the next few words.
   */
  negatesClause?: boolean;
  /** Overrides the lexicon's negation scope for this negator (Korean 안 precedes its verb). */
  negationScope?: 'before' | 'after' | 'both';
  /** A pronoun or demonstrative whose referent is in the previous sentence. */
  pronoun?: boolean;
  /** A first-person or hedged framing: "je pense que", "我认为". */
  firstPerson?: boolean;
  /** A reporting verb or frame ("expects", "selon", "表示"): the sentence may name the source of what it says. */
  reports?: boolean;
  /** A time word ("next", "mois", "年", "향후"): the claim may have a horizon worth parsing. */
  time?: boolean;
  /** A phrase that only blocks shorter cues inside it ("political will", "不断"). */
  blocker?: boolean;
  sense?: SenseCheck;
}

/**
 * Recognises a cue from a whole word's form rather than a listed phrase (French future and conditional
 * endings). `word` is lowercased; `start` is its offset in `text`.
 */
export type WordFormCheck = (word: string, text: string, start: number) => CueEntry | undefined;

export interface Lexicon {
  lang: LexiconLang;
  /** Latin-script lexicons need word boundaries around matches; CJK ones do not. */
  wordBoundaries: boolean;
  /** Where negators sit relative to what they negate. */
  negationScope: 'before' | 'after';
  entries: Record<string, CueEntry>;
  /** Rule-based word forms (French future and conditional), asked before `forms`. */
  wordForm?: WordFormCheck;
  /** Inflected forms of listed words (lowercase form → entry), worked out when the lexicon is built. */
  forms?: ReadonlyMap<string, CueEntry>;
  /** Endings (lowercase) a word needs before `wordForm` or `forms` is asked about it: a cheap pre-filter. */
  wordFormSuffixes?: string[];
}

/** Builds entries that all share one description. */
export function cues(entry: CueEntry, ...phrases: string[]): Record<string, CueEntry> {
  const result: Record<string, CueEntry> = {};
  for (const phrase of phrases) result[phrase] = entry;
  return result;
}

/** Joins groups of entries; a phrase listed in several groups gets every role (e.g. "risk": evaluative and down). */
export function mergeEntries(...groups: Record<string, CueEntry>[]): Record<string, CueEntry> {
  const merged: Record<string, CueEntry> = {};
  for (const group of groups) {
    for (const [phrase, entry] of Object.entries(group)) {
      const previous = merged[phrase];
      merged[phrase] = previous ? { ...entry, ...stripUndefined(previous) } : entry;
    }
  }
  return merged;
}

function stripUndefined(entry: CueEntry): CueEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as CueEntry;
}
