/**
 * Organisations the knowledge base lacks but the text marks as such: "X Labs", "X DAO", "X Capital",
 * "une entreprise nommée X", "a company called X", "X 公司", "công ty X". Tagged with low confidence.
 */

export interface UnknownOrganisation {
  start: number;
  end: number;
  id: string;
  name: string;
  confidence: number;
  reason: string;
}

/** Lower than any dictionary reading: a suffix or a phrase is weaker evidence than a known name. */
export const UNKNOWN_ORGANISATION_CONFIDENCE = 0.5;

// A capitalised name of one to four words. Each word is bounded in length and must start after a
// non-letter, which keeps the regular expressions linear on runs of letters without spaces.
// Dots only inside a word (Crypto.com), so "the Fed. Nimbus Ventures" does not start at "Fed.".
const WORD = String.raw`[\p{Lu}\d](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}])){0,30}`;
const NAME = String.raw`${WORD}(?: ${WORD}){0,3}`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const ORGANISATION_SUFFIXES = [
  'DAO', 'Labs', 'Lab', 'Capital', 'Ventures', 'Foundation', 'Research', 'Partners', 'Fund', 'Group',
  'Holdings', 'Technologies', 'Investments', 'Asset Management', 'Securities', 'Bank', 'Inc.', 'Inc',
  'Corp.', 'Corp', 'Corporation', 'Ltd', 'LLC', 'GmbH', 'Studios',
];

/** Words that follow an unknown organisation's name: the patterns only run near one of these. */
export const ORGANISATION_WORDS_AFTER_NAME = [
  ...ORGANISATION_SUFFIXES.filter((suffix) => !suffix.endsWith('.')).map((suffix) => suffix.split(' ')[0] as string),
  '公司', '集团', '集團', '基金会', '基金會', '实验室', '實驗室', '资本', '資本', '社', '재단', '랩스', '캐피탈',
  'グループ', 'ホールディングス', '証券', '銀行', '財団', 'ラボ', 'キャピタル', 'ベンチャーズ', '증권', '벤처스', '홀딩스', '자산운용',
];

/** Words that come before a name they introduce as an organisation. */
export const ORGANISATION_WORDS_BEFORE_NAME = [
  'nommée', 'appelée', 'baptisée', 'dénommée', 'called', 'named', 'công ty', 'tập đoàn', 'quỹ', '名为', '名為', '叫做', '名叫',
  'société', 'entreprise', 'start-up', 'fintech', 'fonds', 'banque',
];

/** "X Labs": the suffix is part of the name. */
const SUFFIXED = new RegExp(`${START}(${NAME}) (${ORGANISATION_SUFFIXES.map((suffix) => suffix.replace('.', '\\.')).join('|')})${END}`, 'gu');

/** "une entreprise nommée X", "a company called X", "công ty X": only the name is tagged. */
const INTRODUCED = new RegExp(
  [
    String.raw`(?:[Ee]ntreprise|[Ss]ociété|[Ss]tart-up|[Ss]tartup|[Ff]intech|[Ff]onds|[Pp]lateforme)\s+(?:nommée|appelée|baptisée|dénommée)\s+`,
    String.raw`(?:[Cc]ompany|[Ff]irm|[Ss]tartup|[Ff]und|[Ee]xchange|[Bb]ank|[Ll]ab)\s+(?:called|named)\s+`,
    String.raw`(?:[Cc]ông ty|[Tt]ập đoàn|[Qq]uỹ đầu tư|[Qq]uỹ)\s+`,
  ]
    .map((lead) => `${START}${lead}(${NAME})${END}`)
    .join('|'),
  'gu',
);

/** Latin name right before a CJK word for company, foundation, lab, fund (X 公司, X社, X 재단). */
const CJK_SUFFIXED = new RegExp(`${START}(${NAME})\\s?(?:公司|集团|集團|基金会|基金會|实验室|實驗室|资本|資本|社|재단|랩스|캐피탈)`, 'gu');

/** French "la société X", "le fonds X": a capitalised name right after the noun names the organisation. */
const FRENCH_NOUN = new RegExp(`${START}(?:la société|l’entreprise|l'entreprise|la start-up|la fintech|le fonds|la banque) (${NAME})${END}`, 'gu');

/** Katakana name before 社 (ブラックロック社): the name alone; before a word that belongs to the name (…証券, …財団), both. */
// 社 starting a word of its own (社長 president, 社員 employee) says nothing about the name before it.
const KATAKANA_BEFORE_SHA = /(?<![\u30A0-\u30FF])([\u30A0-\u30FF]{2,20})社(?![長員内会債名外])/gu;
const KATAKANA_WITH_SUFFIX = /(?<![\u30A0-\u30FF])([\u30A0-\u30FF]{2,20}(?:グループ|ホールディングス|証券|銀行|財団|ラボ|キャピタル|ベンチャーズ))/gu;
/** Hangul name glued to a word that belongs to it (키움증권, 해시드벤처스); particles may follow (키움증권은). */
const HANGUL_WITH_SUFFIX = /(?<![가-힣])([가-힣]{2,10}(?:증권|캐피탈|벤처스|랩스|홀딩스|자산운용))/gu;
/** Katakana and Hangul words that are generic, not names, even before 社 or 証券. */
const GENERIC_CJK_NAMES = new Set(['ベンチャー', 'テクノロジー', 'デジタル', 'ネット', 'システム', 'グローバル', 'ファンド', 'メディア', 'ゲーム', 'クリプト', 'ブロックチェーン', 'トークン', 'コンサルティング', 'デジタル証券', '가상자산', '디지털', '글로벌', '블록체인']);

/** Quoted name introduced as a company: 名为“X”的公司, 「X」という会社. */
const QUOTED = /(?:名为|名為|叫做|一家名叫)[“"「『]([^”"」』\n]{1,30})[”"」』]/gu;

/** Capitalised words that start sentences, not names ("The", "Yesterday", "Selon"…). */
const LEADING_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Both', 'Today', 'Yesterday', 'Meanwhile', 'And',
  'But', 'Or', 'If', 'When', 'While', 'As', 'At', 'In', 'On', 'For', 'From', 'With', 'By', 'Of', 'To',
  'After', 'Before', 'Since', 'According', 'Its', 'Their', 'Our', 'Le', 'La', 'Les', 'Des', 'Du', 'De',
  'Un', 'Une', 'Selon', 'Pour', 'Avec', 'Chez', 'Par', 'Et', 'Mais', 'Ou', 'Dans', 'Sur', 'Lors', 'Cette', 'Ce',
]);

function normalise(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s’']+/g, '-');
}

/** Drops sentence-starting words in front and sentence punctuation behind a matched name. */
function trimName(matched: string, start: number): { name: string; start: number } | null {
  const words = matched.replace(/[.'’-]+$/u, '').split(' ');
  let offset = start;
  while (words.length > 0 && LEADING_WORDS.has(words[0] as string)) offset += (words.shift() as string).length + 1;
  return words.length > 0 ? { name: words.join(' '), start: offset } : null;
}

function make(name: string, start: number, reason: string): UnknownOrganisation {
  return {
    start,
    end: start + name.length,
    id: `org:unknown:${normalise(name)}`,
    name,
    confidence: UNKNOWN_ORGANISATION_CONFIDENCE,
    reason,
  };
}

/**
 * Unknown organisations in `text[from, to)` (offsets stay offsets into `text`); `isGeneric` rejects
 * names that are concepts or acronyms (the AI 公司, quỹ ETF), not organisations. The range should
 * start and end outside a word.
 */
export function findUnknownOrganisations(
  fullText: string,
  isGeneric: (name: string) => boolean,
  from = 0,
  to = fullText.length,
): UnknownOrganisation[] {
  const text = fullText.slice(from, to);
  const found: UnknownOrganisation[] = [];
  const push = (organisation: UnknownOrganisation) => {
    if (!isGeneric(organisation.name)) found.push({ ...organisation, start: organisation.start + from, end: organisation.end + from });
  };
  for (const match of text.matchAll(SUFFIXED)) {
    const trimmed = trimName(match[1] as string, match.index);
    if (!trimmed) continue;
    const full = `${trimmed.name} ${match[2] as string}`;
    push(make(full, trimmed.start, `name followed by "${match[2] as string}"`));
  }
  for (const match of text.matchAll(INTRODUCED)) {
    const matched = match.slice(1).find((group) => group !== undefined);
    if (!matched) continue;
    const lead = match[0].slice(0, match[0].length - matched.length).trim();
    const trimmed = trimName(matched, match.index + match[0].length - matched.length);
    if (trimmed) push(make(trimmed.name, trimmed.start, `introduced as an organisation ("${lead}")`));
  }
  for (const match of text.matchAll(CJK_SUFFIXED)) {
    const trimmed = trimName(match[1] as string, match.index);
    if (trimmed) push(make(trimmed.name, trimmed.start, 'name followed by a word for company'));
  }
  for (const match of text.matchAll(FRENCH_NOUN)) {
    const matched = match[1] as string;
    const trimmed = trimName(matched, match.index + match[0].length - matched.length);
    if (trimmed) push(make(trimmed.name, trimmed.start, 'named after a French noun for organisation'));
  }
  for (const pattern of [KATAKANA_BEFORE_SHA, KATAKANA_WITH_SUFFIX, HANGUL_WITH_SUFFIX]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] as string;
      if (GENERIC_CJK_NAMES.has(name) || [...GENERIC_CJK_NAMES].some((generic) => name.startsWith(generic))) continue;
      push(make(name, match.index, 'name before a word for company'));
    }
  }
  for (const match of text.matchAll(QUOTED)) {
    const name = (match[1] as string).trim();
    const start = match.index + match[0].indexOf(name);
    if (name) push(make(name, start, 'quoted name introduced as a company'));
  }
  return found;
}
