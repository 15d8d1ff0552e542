/**
 * Transcript turns: which lines name a speaker ("Léa Marchand :", "陈墨：", "主持人 Jack：…",
 * "Host: …"), and who that speaker is, resolved against the hosts and guests the header names.
 */
import type { SpeakerRole, TextRules } from '../site/adapter';

/** Longest speaker label before its colon. */
const MAX_LABEL_CHARS = 40;
/** A label, then the colon, then (for an inline turn) the words spoken. */
const LABEL = /^([^:：]{1,40}?)\s*[:：]\s*(.*)$/u;
/** Characters a name never contains: sentence punctuation, quotes, brackets, digits-only parts. */
const NOT_IN_NAME = /[。，、,!?！？;；«»“”"()（）【】\[\]<>《》…]/u;
/** Most words a Latin-script name has ("Jean-Paul de la Tour" is four). */
const MAX_NAME_WORDS = 4;
/** Most characters a CJK name has, with or without a role word removed. */
const MAX_CJK_NAME = 12;
/** Lower-case particles allowed inside a Latin-script name. */
const NAME_PARTICLES = new Set(['de', 'du', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'di']);
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

export interface LabelCandidate {
  /** The label as written, up to and including the colon. */
  label: string;
  /** The name with any role word removed ("Jack" in "主持人 Jack："), or empty when only a role is given. */
  name: string;
  role?: SpeakerRole;
  /** What follows the label on the same line (empty when the label stands alone). */
  rest: string;
}

/** An ASCII capital or digit: what an ASCII first character must be to match `UPPER_OR_DIGIT`. */
const ASCII_UPPER_OR_DIGIT = /^[A-Z0-9]/;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Whether a word starts with a capital letter or a digit (any script). An ASCII first character is
 * settled without the Unicode property pattern, which costs a fraction of a millisecond to compile
 * on every page load; names in the site's Latin-script languages mostly start with one.
 */
export function startsCapitalisedOrDigit(word: string): boolean {
  if (ASCII_UPPER_OR_DIGIT.test(word)) return true;
  return word.charCodeAt(0) > 127 && UPPER_OR_DIGIT.test(word);
}

function looksLikeName(name: string): boolean {
  // A numbered item ("1. USDT：…", "二、…") is a heading or a list, never a name.
  if (!name || NOT_IN_NAME.test(name) || /^\d+$/.test(name) || /^[\d一二三四五六七八九十]+\s*[.、)]/u.test(name)) return false;
  if (CJK.test(name)) return name.replace(/\s+/g, '').length <= MAX_CJK_NAME;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  return words.every((word) => NAME_PARTICLES.has(word) || startsCapitalisedOrDigit(word) || /^0x/i.test(word));
}

/** What a written label says: a name (maybe with a role), or null when it cannot be a speaker. */
type LabelReading = { name: string; role?: SpeakerRole } | null;

function readLabel(written: string, rules: TextRules): LabelReading {
  if (rules.isNeverSpeaker(written)) return null;
  const role = rules.speakerRole(written);
  if (role) return role.name === '' || looksLikeName(role.name) ? { name: role.name, role: role.role } : null;
  // Other metadata labels ("Source :", "来源：") are never speakers.
  if (rules.metaField(written) !== undefined) return null;
  return looksLikeName(written) ? { name: written } : null;
}

/**
 * A reader of the speaker labels lines start with, for the lines of one article. Says nothing
 * about who a speaker is. A transcript repeats each label on every turn: what a written label says
 * is worked out once (the role words of every site language are tried against it).
 */
export function labelReader(rules: TextRules): (text: string) => LabelCandidate | null {
  const readings = new Map<string, LabelReading>();
  return (text) => {
    // Most lines have no colon near their start: skip the regular expression for them.
    const opening = text.slice(0, MAX_LABEL_CHARS + 2);
    if (!opening.includes(':') && !opening.includes('：')) return null;
    const match = LABEL.exec(text);
    if (!match) return null;
    const written = (match[1] ?? '').trim();
    let reading = readings.get(written);
    if (reading === undefined) {
      reading = readLabel(written, rules);
      readings.set(written, reading);
    }
    if (!reading) return null;
    const rest = match[2] ?? '';
    const candidate: LabelCandidate = { label: text.slice(0, text.length - rest.length).trim(), name: reading.name, rest };
    if (reading.role) candidate.role = reading.role;
    return candidate;
  };
}

/** The speaker label a line starts with, if its shape allows one. Says nothing about who it is. */
export function labelCandidate(text: string, rules: TextRules): LabelCandidate | null {
  return labelReader(rules)(text);
}

export interface Participants {
  hosts: readonly string[];
  guests: readonly string[];
}

/** The participant a written name refers to: equal, or one of their name's words ("Sam" → "Sam Rivera"). */
function participantNamed(name: string, participants: readonly string[]): string | undefined {
  const folded = name.toLowerCase();
  const exact = participants.find((person) => person.toLowerCase() === folded);
  if (exact) return exact;
  const partial = new Set(participants.filter((person) => person.toLowerCase().split(/\s+/).includes(folded)));
  return partial.size === 1 ? [...partial][0] : undefined;
}

/**
 * Decides which label candidates are real speakers and names them. A candidate is a speaker when
 * it has a role word, names a host or guest from the header, or the same label recurs (a
 * transcript's turns repeat names; a lone "Voici l'intégralité du discours :" does not).
 */
export class SpeakerResolver {
  private readonly labelCounts = new Map<string, number>();
  /** Who each label names: a label recurs on every turn of its speaker. */
  private readonly named = new Map<string, string | null>();

  constructor(
    private readonly participants: Participants,
    candidates: Iterable<LabelCandidate>,
  ) {
    for (const candidate of candidates) {
      const key = candidate.name.toLowerCase();
      this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
    }
  }

  speakerOf(candidate: LabelCandidate): string | null {
    let named = this.named.get(candidate.label);
    if (named === undefined) {
      named = this.resolve(candidate);
      this.named.set(candidate.label, named);
    }
    return named;
  }

  private resolve(candidate: LabelCandidate): string | null {
    const { hosts, guests } = this.participants;
    if (candidate.role) {
      const ofRole = candidate.role === 'host' ? hosts : guests;
      if (candidate.name) return participantNamed(candidate.name, [...ofRole, ...hosts, ...guests]) ?? candidate.name;
      return ofRole.length === 1 ? ofRole[0]! : candidate.label.replace(/\s*[:：]$/u, '');
    }
    const known = participantNamed(candidate.name, [...hosts, ...guests]);
    if (known) return known;
    return (this.labelCounts.get(candidate.name.toLowerCase()) ?? 0) >= 2 ? candidate.name : null;
  }
}
