/**
 * Compiles the knowledge base into one automaton whose patterns are entity aliases, stop phrases,
 * context words, unknown-organisation triggers and `$`, with each pattern's rules (exact case,
 * ticker, needs evidence, …) flattened into typed arrays beside it, so that handling a match reads a
 * few numbers and builds no object.
 */
import { Automaton } from './automaton';
import { foldsAlone, foldString } from './fold';
import { KB_LANGS, type EntityKind, type KbEntity, type KnowledgeBase } from './kb/types';
import { ORGANISATION_TRIGGERS } from './unknown-orgs';

// Rule types: what a pattern means where it is found.
/** A name of an entity. */
export const ALIAS = 0;
/** A phrase that contains a name but never means the entity (以太网, compound interest). */
export const STOP = 1;
/** A word that, near an ambiguous name, shows which entity or kind is meant. */
export const CONTEXT = 2;
/** A word that may announce an organisation the dictionary lacks (Labs, 公司, nommée). */
export const TRIGGER = 3;
/** `$`, which may start a cashtag. */
export const DOLLAR = 4;

// Rule flags.
/** Alias that must appear with exactly this case (tickers, ambiguous names, short names). */
export const EXACT = 1;
/** Alias that is also an ordinary word or acronym: needs evidence before it is tagged. */
export const AMBIGUOUS = 2;
export const TICKER = 4;
/** Context word pointing to tokens (chain, 链, L2…)… */
export const POINTS_TO_TOKEN = 8;
/** …or to organisations (company, CEO, 公司…). */
export const POINTS_TO_COMPANY = 16;
/**
 * Alias that one entity has in simplified Chinese and another in traditional Chinese (央行: the
 * People's Bank of China in zh-CN, Taiwan's central bank in zh-TW): read only in text of that script.
 */
export const SIMPLIFIED_ONLY = 32;
export const TRADITIONAL_ONLY = 64;
/**
 * Alias whose every character is the only one that folds to its folded form (比特币, ビットコイン):
 * any match is written exactly as the surface, so neither the case check nor a copy of the text is needed.
 */
export const VERBATIM = 128;

/** Which Chinese script a text is written in, for aliases bound to one (see SIMPLIFIED_ONLY). */
export type ChineseScript = 'simplified' | 'traditional';

export interface Dictionary {
  automaton: Automaton;
  /** Rules of pattern `p` are `ruleStart[p]` up to (not including) `ruleStart[p + 1]`. */
  ruleStart: Int32Array;
  /**
   * Where pattern `p`'s context rules start (they end at `ruleStart[p + 1]`): each pattern's rules
   * hold its other rules first, then its context words, each group in the order it was added, so a
   * match reads only the rules it acts on (a word like "chain" is context for hundreds of entities).
   */
  contextStart: Int32Array;
  ruleType: Uint8Array;
  ruleFlags: Uint8Array;
  /** Entity index (aliases, entity-specific context words), trigger index (triggers), or -1. */
  ruleTarget: Int32Array;
  /** Alias as written in the knowledge base, for exact-case checks. */
  ruleSurface: string[];
  /** Explanations, made once here rather than once per mention. */
  ruleReason: string[];
  ruleCashtagReason: string[];
  /** Tickers that are tickers only as `$TICKER` (all-caps words, one letter): folded ticker → alias rules. */
  cashtagOnly: Map<string, number[]>;
  /** Per pattern: a bit (1 << type) for each type of rule it has, so that a match with only context rules is handled at once. */
  patternTypes: Uint8Array;
  entities: KbEntity[];
  /**
   * Per entity: what a tag carries, in plain arrays read the same way for every entity (the KB's
   * entity objects differ in which optional fields they have, which makes reading them slow).
   */
  entityKind: EntityKind[];
  entityId: string[];
  entityName: string[];
  /** The symbol, or '' for none. */
  entitySymbol: string[];
  /** Entities that a person curated (their capitalisation is trusted as evidence). */
  curated: Uint8Array;
  /** Per entity: the index of the coin an organisation issues and lends its name to (KbEntity.coin), or -1. */
  entityCoin: Int32Array;
  byId: Map<string, KbEntity>;
  /** Lower-cased generic concepts and acronyms (DeFi, ETF, AI): never an organisation's name. */
  genericNames: Set<string>;
}

interface Rule {
  type: number;
  flags: number;
  target: number;
  surface: string;
}

const TICKER_SHAPE = /^[A-Z0-9]{1,10}$/;
/** Lower-case prefix then capitals (stETH, cbBTC, dYdX, xAI): written one way only. */
const MIXED_CASE = /^[a-z]+[A-Z]/;
/** Latin names this short collide with syllables and abbreviations unless the case matches. */
const SHORT_NAME = 3;

function isTicker(surface: string): boolean {
  return TICKER_SHAPE.test(surface) && /[A-Z]/.test(surface);
}

/** The Chinese script an entity lists `surface` under when it lists it under that one only, else null. */
function chineseScriptOnly(entity: KbEntity, surface: string): ChineseScript | null {
  const listedIn = KB_LANGS.filter((lang) => (entity.aliases[lang] ?? []).includes(surface));
  if (surface === entity.name || surface === entity.symbol || listedIn.length !== 1) return null;
  return listedIn[0] === 'zh-Hans' ? 'simplified' : listedIn[0] === 'zh-Hant' ? 'traditional' : null;
}

/**
 * The entity's name, symbol and aliases, trimmed, each once, in that order. Plain loops: this runs
 * once per entity while the worker starts, when the code is not optimised yet.
 */
function surfacesOf(entity: KbEntity): string[] {
  const surfaces: string[] = [];
  const take = (surface: string) => {
    const trimmed = surface.trim();
    if (trimmed && !surfaces.includes(trimmed)) surfaces.push(trimmed);
  };
  take(entity.name);
  if (entity.symbol) take(entity.symbol);
  for (const lang of KB_LANGS) {
    const aliases = entity.aliases[lang];
    if (aliases) for (const alias of aliases) take(alias);
  }
  return surfaces;
}

function verbatim(surface: string): boolean {
  const alone = foldsAlone();
  for (let i = 0; i < surface.length; i += 1) if (alone[surface.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Builds the dictionary; costs one automaton build (tens of ms for the full KB). */
export function compileDictionary(kb: KnowledgeBase): Dictionary {
  const patterns = new Map<string, Rule[]>();
  const add = (surface: string, rule: Rule) => {
    const key = foldString(surface);
    if (!key) return;
    const rules = patterns.get(key);
    if (rules) rules.push(rule);
    else patterns.set(key, [rule]);
  };
  const cashtagRules: Array<[string, Rule]> = [];

  const notTickers = new Set(kb.lexicon.notTickers);
  // One surface belongs to one entity: the first in KB order (curated first, then by rank), except
  // that a surface one entity lists only in zh-Hans and another only in zh-Hant belongs to each in
  // text of its script.
  const owner = new Map<string, Rule>();
  kb.entities.forEach((entity, index) => {
    for (const surface of surfacesOf(entity)) {
      const script = chineseScriptOnly(entity, surface);
      const first = owner.get(surface);
      const firstScript = first ? chineseScriptOnly(kb.entities[first.target] as KbEntity, surface) : null;
      if (first && !(script && firstScript && script !== firstScript)) continue;
      const ticker = isTicker(surface);
      const flagged = entity.ambiguous?.includes(surface) === true;
      const exact = ticker || flagged || entity.exactCase?.includes(surface) === true || surface.length <= SHORT_NAME || MIXED_CASE.test(surface);
      const rule: Rule = { type: ALIAS, flags: (exact ? EXACT : 0) | (flagged ? AMBIGUOUS : 0) | (ticker ? TICKER : 0) | (verbatim(surface) ? VERBATIM : 0), target: index, surface };
      if (first) {
        first.flags |= firstScript === 'simplified' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
        rule.flags |= script === 'simplified' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
      } else {
        owner.set(surface, rule);
      }
      // All-caps words that are token tickers only as `$WORD` (CEO, ETF) are looked up after `$`, not
      // scanned for everywhere; an organisation's acronym (SEC, CFTC) is its name.
      if (ticker && entity.kind === 'token' && (notTickers.has(surface) || surface.length === 1)) cashtagRules.push([foldString(surface), rule]);
      else add(surface, rule);
    }
    for (const word of entity.context ?? []) add(word, { type: CONTEXT, flags: 0, target: index, surface: word });
  });
  for (const phrase of kb.lexicon.stopPhrases) add(phrase, { type: STOP, flags: 0, target: -1, surface: phrase });
  ORGANISATION_TRIGGERS.forEach((trigger, index) => add(trigger.word, { type: TRIGGER, flags: 0, target: index, surface: trigger.word }));
  for (const word of kb.lexicon.context.token) add(word, { type: CONTEXT, flags: POINTS_TO_TOKEN, target: -1, surface: word });
  for (const word of kb.lexicon.context.company) add(word, { type: CONTEXT, flags: POINTS_TO_COMPANY, target: -1, surface: word });
  add('$', { type: DOLLAR, flags: 0, target: -1, surface: '$' });

  // Flatten: pattern p's rules sit at ruleStart[p]…; the `$`-only tickers follow all of them.
  const keys = [...patterns.keys()];
  const ruleCount = [...patterns.values()].reduce((total, rules) => total + rules.length, 0) + cashtagRules.length;
  const ruleStart = new Int32Array(keys.length + 1);
  const ruleType = new Uint8Array(ruleCount);
  const ruleFlags = new Uint8Array(ruleCount);
  const ruleTarget = new Int32Array(ruleCount);
  const ruleSurface: string[] = [];
  let next = 0;
  const place = (rule: Rule): number => {
    ruleType[next] = rule.type;
    ruleFlags[next] = rule.flags;
    ruleTarget[next] = rule.target;
    ruleSurface.push(rule.surface);
    next += 1;
    return next - 1;
  };
  const patternTypes = new Uint8Array(keys.length);
  const contextStart = new Int32Array(keys.length);
  keys.forEach((key, pattern) => {
    ruleStart[pattern] = next;
    const rules = patterns.get(key) as Rule[];
    for (const rule of rules) {
      if (rule.type !== CONTEXT) place(rule);
      patternTypes[pattern] = (patternTypes[pattern] as number) | (1 << rule.type);
    }
    contextStart[pattern] = next;
    for (const rule of rules) if (rule.type === CONTEXT) place(rule);
  });
  ruleStart[keys.length] = next;
  const cashtagOnly = new Map<string, number[]>();
  for (const [key, rule] of cashtagRules) {
    const index = place(rule);
    cashtagOnly.set(key, [...(cashtagOnly.get(key) ?? []), index]);
  }

  const curated = Uint8Array.from(kb.entities, (entity) => (entity.sources.includes('curated') ? 1 : 0));
  const indexOf = new Map(kb.entities.map((entity, index) => [entity.id, index]));
  const entityCoin = Int32Array.from(kb.entities, (entity) => (entity.coin ? (indexOf.get(entity.coin) ?? -1) : -1));
  return {
    automaton: Automaton.build(keys),
    ruleStart,
    contextStart,
    ruleType,
    ruleFlags,
    ruleTarget,
    ruleSurface,
    ruleReason: ruleSurface.map((surface) => `alias "${surface}"`),
    ruleCashtagReason: ruleSurface.map((surface) => `cashtag $${surface}`),
    cashtagOnly,
    patternTypes,
    entities: kb.entities,
    entityKind: kb.entities.map((entity) => entity.kind),
    entityId: kb.entities.map((entity) => entity.id),
    entityName: kb.entities.map((entity) => entity.name),
    entitySymbol: kb.entities.map((entity) => entity.symbol ?? ''),
    curated,
    entityCoin,
    byId: new Map(kb.entities.map((entity) => [entity.id, entity])),
    genericNames: new Set([...kb.lexicon.notNames, ...kb.lexicon.notTickers].map((name) => name.toLowerCase())),
  };
}
