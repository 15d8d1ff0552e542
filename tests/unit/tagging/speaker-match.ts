/**
 * When a gold speaker and a tagged speaker name the same person (GUIDELINES.md, "speaker"): the same
 * name, the name with or without the role word of its label ("主持人 Jack" / "Jack"), or a role-only
 * label ("Host", "A") that the tagger resolved to the one person the article's host/guest line names.
 * Written apart from the tagger's own label rules, so the evaluator does not grade the tagger by itself.
 */

type Side = 'host' | 'guest';

/** Role words of transcript labels and participant lines, per side of the conversation (Q asks for the host, A answers for the guest). */
const ROLE_SIDES: Record<string, Side> = {
  host: 'host', hosts: 'host', 'co-host': 'host', interviewer: 'host', moderator: 'host', q: 'host', question: 'host',
  animateur: 'host', animatrice: 'host', hôte: 'host', présentateur: 'host', présentatrice: 'host',
  主持人: 'host', 主持: 'host', 问: 'host', 問: 'host', 司会: 'host', ホスト: 'host', 聞き手: 'host', 質問: 'host',
  진행자: 'host', 사회자: 'host', 호스트: 'host', 진행: 'host', 질문: 'host', mc: 'host',
  'người dẫn chương trình': 'host', 'dẫn chương trình': 'host', 'người dẫn': 'host', hỏi: 'host',
  guest: 'guest', guests: 'guest', a: 'guest', answer: 'guest', invité: 'guest', invitée: 'guest', invités: 'guest',
  invitées: 'guest', réponse: 'guest', 嘉宾: 'guest', 嘉賓: 'guest', 本期嘉宾: 'guest', 本期嘉賓: 'guest', 答: 'guest',
  ゲスト: 'guest', 回答: 'guest', 게스트: 'guest', 답변: 'guest', 답: 'guest', 'khách mời': 'guest', đáp: 'guest',
  'trả lời': 'guest',
};

/** Role words that may precede a name inside a label ("主持人 Jack", "Host Laura"), longest first. */
const ROLE_PREFIXES = Object.keys(ROLE_SIDES)
  .filter((word) => word.length >= 2)
  .sort((a, b) => b.length - a.length);

/** A participant line is short and lists names: a line ending like a sentence is a turn, not a list. */
const PARTICIPANT_LINE_MAX = 160;

export interface Participants {
  host: string[];
  guest: string[];
}

function normalise(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s*[（(][^）)]*[）)]\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The name without a leading role word: "主持人 Jack" → "jack"; a bare role word stays as it is. */
function withoutRoleWord(name: string): string {
  const key = normalise(name);
  for (const word of ROLE_PREFIXES) {
    if (!key.startsWith(word)) continue;
    const after = key.slice(word.length);
    // Latin role words need a separator ("host laura"); CJK ones may touch the name ("主持人jack").
    if (!/^[\s·:：-]/u.test(after) && /^\p{Script=Latin}/u.test(word)) continue;
    const rest = after.replace(/^[\s·:：-]+/u, '');
    if (rest.length > 0) return rest;
  }
  return key;
}

/** The people named on the article's host and guest lines ("Host: David Park", "嘉宾：Kyle Samani，…"). */
export function participantsOf(text: string): Participants {
  const participants: Participants = { host: [], guest: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const colon = line.search(/[:：]/u);
    if (colon <= 0 || line.length > PARTICIPANT_LINE_MAX || /[.!?。！？]$/u.test(line)) continue;
    const side = ROLE_SIDES[normalise(line.slice(0, colon))];
    if (side) participants[side].push(line.slice(colon + 1).trim());
  }
  return participants;
}

/** Whether `tagged` is the one person a role-only gold label stands for in this article. */
function resolvesRole(goldLabel: string, tagged: string, participants: Participants): boolean {
  const side = ROLE_SIDES[normalise(goldLabel)];
  if (!side) return false;
  const name = normalise(tagged);
  return name.length > 0 && participants[side].some((value) => normalise(value).includes(name));
}

/** Whether the gold and tagged speakers (either may be absent) name the same person, by the guidelines' rule. */
export function sameSpeaker(gold: string | undefined, tagged: string | undefined, participants: Participants): boolean {
  if (!gold || !tagged) return !gold && !tagged;
  if (normalise(gold) === normalise(tagged)) return true;
  if (withoutRoleWord(gold) === withoutRoleWord(tagged)) return true;
  return resolvesRole(gold, tagged, participants);
}

/**
 * Words (Latin) or characters (CJK) an organisation's name may carry beside the marked entity and still
 * be that organisation ("Bloomberg Intelligence", "两家公司"); a longer rest is a person introduced by
 * the organisation ("Coinbase CEO Brian Armstrong", "币安 CEO 赵长鹏"), who is a speaker.
 */
const ORGANISATION_REST_WORDS = 1;
const ORGANISATION_REST_CHARS = 2;

/** Whether `key` is the organisation `name`, alone or with a short rest of its own name. */
function holdsName(key: string, name: string): boolean {
  if (name.length === 0) return false;
  if (key === name) return true;
  if (/^\p{Script=Latin}/u.test(name)) {
    const words = key.split(' ');
    const nameWords = name.split(' ');
    const rest = words.length - nameWords.length;
    if (rest < 1 || rest > ORGANISATION_REST_WORDS) return false;
    const head = words.slice(0, nameWords.length).join(' ');
    const tail = words.slice(rest).join(' ');
    return head === name || tail === name;
  }
  const rest = key.length - name.length;
  return rest > 0 && rest <= ORGANISATION_REST_CHARS && (key.startsWith(name) || key.endsWith(name));
}

/**
 * Whether a gold speaker is an organisation or token the same article marks as an entity ("SEC", "BCE",
 * "Bloomberg Intelligence", "두나무"). GUIDELINES.md, "Decisions": a speaker is always a person, and a
 * gold file that names an organisation is an annotation mistake, so such a gold speaker counts as none.
 */
export function namesEntity(speaker: string, entities: readonly { text: string; name?: string }[]): boolean {
  const key = normalise(speaker);
  return entities.some((entity) => holdsName(key, normalise(entity.text)) || (entity.name !== undefined && holdsName(key, normalise(entity.name))));
}

