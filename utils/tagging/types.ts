/** Tags the tagger returns: entity mentions and claims, with UTF-16 offsets into the tagged text. */

export type TagKind = 'token' | 'company' | 'claim';
export type Stance = 'bullish' | 'bearish' | 'neutral';

interface TagBase {
  kind: TagKind;
  start: number;
  end: number;
  /** Always `input.slice(start, end)`. */
  text: string;
  /** 0–1: how sure the tagger is. */
  confidence: number;
}

export interface EntityTag extends TagBase {
  kind: 'token' | 'company';
  /** Stable knowledge-base id (e.g. `token:btc`), or `org:unknown:<name>` for organisations the text marks. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Ticker, for tokens. */
  symbol?: string;
  /** Why it matched: the alias or pattern, for explanations. */
  reason?: string;
}

export interface Horizon {
  /** The time phrase as written. */
  text: string;
  /** Normalised range where it can be worked out (ISO dates, relative to `now` if given). */
  from?: string;
  to?: string;
}

export interface ClaimTag extends TagBase {
  kind: 'claim';
  id?: string;
  name?: string;
  speaker?: string;
  stance?: Stance;
  horizon?: Horizon;
  /** Entity ids mentioned in or governing the claim. */
  subjects: string[];
  /** The word or phrase that made this a claim (e.g. "je pense que", "预计"). */
  cue: string;
}

export type Tag = EntityTag | ClaimTag;

export interface TagOptions {
  lang?: string;
  kinds?: TagKind[];
}

/** What a tooltip shows about an entity; the content script never loads the knowledge base. */
export interface EntityCard {
  id: string;
  kind: 'token' | 'company';
  name: string;
  symbol?: string;
  /** Entity type in the knowledge base: token, stablecoin, network, exchange, fund, bank, ai-company, … */
  category?: string;
  description: { en?: string; fr?: string; zh?: string };
  homepage?: string;
}
