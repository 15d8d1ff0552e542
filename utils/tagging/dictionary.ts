/**
 * Compiles the knowledge base into one automaton whose patterns are entity aliases, stop phrases and
 * context words, with per-pattern rules (exact case, ticker, needs evidence) kept beside it.
 */
import { Automaton } from './automaton';
import { foldString } from './fold';
import { KB_LANGS, type EntityKind, type KbEntity, type KnowledgeBase } from './kb/types';
import { ORGANISATION_WORDS_AFTER_NAME, ORGANISATION_WORDS_BEFORE_NAME } from './unknown-orgs';

/** An alias of one entity, as one automaton pattern may carry several (same folded text). */
export interface AliasRule {
  type: 'alias';
  entity: number;
  surface: string;
  /** Must appear with exactly this case (tickers, ambiguous names, short names). */
  exact: boolean;
  /** Also an ordinary word or acronym: needs evidence before it is tagged. */
  ambiguous: boolean;
  ticker: boolean;
  /** An all-caps word that is only a ticker as `$WORD`. */
  cashtagOnly: boolean;
  /** Explanations, made once here rather than once per mention. */
  reason: string;
  cashtagReason: string;
}

export interface StopRule {
  type: 'stop';
}

/** A word that may announce an organisation the dictionary lacks (Labs, DAO, 公司, nommée). */
export interface TriggerRule {
  type: 'trigger';
  /** Where the name sits: before the word (X Labs, X 公司) or after it (nommée X, công ty X). */
  nameSide: 'before' | 'after';
}

export interface ContextRule {
  type: 'context';
  /** Kind the word points to, or null when it is specific to one entity. */
  kind: EntityKind | null;
  /** Entity the word points to, for entity-specific context. */
  entity: number;
}

export type NameRule = AliasRule | StopRule | TriggerRule;

export interface Dictionary {
  /** Aliases, stop phrases and unknown-organisation triggers: scanned over the whole text. */
  automaton: Automaton;
  rules: NameRule[][];
  /** Context words: scanned only around ambiguous mentions. */
  contextAutomaton: Automaton;
  contextRules: ContextRule[][];
  entities: KbEntity[];
  /** Entities that a person curated (their capitalisation is trusted as evidence). */
  curated: Uint8Array;
  byId: Map<string, KbEntity>;
  /** Lower-cased generic concepts and acronyms (DeFi, ETF, AI): never an organisation's name. */
  genericNames: Set<string>;
}

const TICKER = /^[A-Z0-9]{1,10}$/;
/** Lower-case prefix then capitals (stETH, cbBTC, dYdX, xAI): written one way only. */
const MIXED_CASE = /^[a-z]+[A-Z]/;
/** Latin names this short collide with syllables and abbreviations unless the case matches. */
const SHORT_NAME = 3;

function isTicker(surface: string): boolean {
  return TICKER.test(surface) && /[A-Z]/.test(surface);
}

function surfacesOf(entity: KbEntity): string[] {
  const all = [entity.name, ...(entity.symbol ? [entity.symbol] : []), ...KB_LANGS.flatMap((lang) => entity.aliases[lang] ?? [])];
  return [...new Set(all.map((surface) => surface.trim()).filter(Boolean))];
}

/** Builds the dictionary; costs one automaton build (a few hundred ms for the full KB). */
export function compileDictionary(kb: KnowledgeBase): Dictionary {
  const names = patternSet<NameRule>();
  const context = patternSet<ContextRule>();

  const notTickers = new Set(kb.lexicon.notTickers);
  // One surface belongs to one entity: the first in KB order (curated first, then by rank).
  const owner = new Map<string, number>();
  kb.entities.forEach((entity, index) => {
    const ambiguous = new Set(entity.ambiguous ?? []);
    const caseSensitive = new Set(entity.exactCase ?? []);
    for (const surface of surfacesOf(entity)) {
      if (owner.has(surface)) continue;
      owner.set(surface, index);
      const ticker = isTicker(surface);
      // notTickers guards token tickers (CEO, ETF); an organisation's acronym (SEC, CFTC) is its name.
      const cashtagOnly = ticker && entity.kind === 'token' && (notTickers.has(surface) || surface.length === 1);
      const flagged = ambiguous.has(surface);
      const exact = ticker || flagged || caseSensitive.has(surface) || surface.length <= SHORT_NAME || MIXED_CASE.test(surface);
      names.add(surface, {
        type: 'alias',
        entity: index,
        surface,
        exact,
        ambiguous: flagged,
        ticker,
        cashtagOnly,
        reason: `alias "${surface}"`,
        cashtagReason: `cashtag $${surface}`,
      });
    }
    for (const word of entity.context ?? []) context.add(word, { type: 'context', kind: null, entity: index });
  });
  for (const phrase of kb.lexicon.stopPhrases) names.add(phrase, { type: 'stop' });
  for (const word of ORGANISATION_WORDS_BEFORE_NAME) names.add(word, { type: 'trigger', nameSide: 'after' });
  for (const word of ORGANISATION_WORDS_AFTER_NAME) names.add(word, { type: 'trigger', nameSide: 'before' });
  for (const kind of ['token', 'company'] as const) {
    for (const word of kb.lexicon.context[kind]) context.add(word, { type: 'context', kind, entity: -1 });
  }

  const curated = Uint8Array.from(kb.entities, (entity) => (entity.sources.includes('curated') ? 1 : 0));
  return {
    automaton: Automaton.build(names.patterns),
    rules: names.rules,
    contextAutomaton: Automaton.build(context.patterns),
    contextRules: context.rules,
    entities: kb.entities,
    curated,
    byId: new Map(kb.entities.map((entity) => [entity.id, entity])),
    genericNames: new Set([...kb.lexicon.notNames, ...kb.lexicon.notTickers].map((name) => name.toLowerCase())),
  };
}

/** Folded patterns with the rules each carries (several rules may share one folded text). */
function patternSet<Rule>() {
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const rules: Rule[][] = [];
  return {
    patterns,
    rules,
    add(surface: string, rule: Rule) {
      const key = foldString(surface);
      if (!key) return;
      let at = index.get(key);
      if (at === undefined) {
        at = patterns.length;
        index.set(key, at);
        patterns.push(key);
        rules.push([]);
      }
      (rules[at] as Rule[]).push(rule);
    },
  };
}
