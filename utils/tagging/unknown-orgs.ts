/**
 * Organisations the knowledge base lacks but the text marks as such: "X Labs", "X DAO", "X Capital",
 * "une entreprise nommée X", "a company called X", "X 公司", "công ty X". Tagged with low confidence.
 * The dictionary automaton reports the words that announce one (triggers); each is read here with a
 * short, bounded look around it, so the cost is per trigger word, never per character of the text.
 */
import { CJK, LETTER_OR_NUMBER, nameCharFlags, scriptTable, SPACE, UPPER } from './script';

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

// A name is one to four capitalised words separated by single spaces. A word starts with an
// upper-case letter or a digit after a non-letter and holds letters, digits, & ' ’ - and dots
// followed by a letter (Crypto.com; "the Fed. Nimbus Ventures" does not start at "Fed.").
/** Characters in one word of a name, first one included. */
const MAX_WORD_CHARS = 31;
const MAX_NAME_WORDS = 4;
/** Longest run of white space read between an introducing phrase and the name. */
const MAX_SPACE_RUN = 40;
/** Katakana and Hangul names glued to a company word: name length before the word. */
const MIN_GLUED_NAME = 2;
const MAX_KATAKANA_NAME = 20;
const MAX_HANGUL_NAME = 10;
/** Longest quoted name after 名为 / 叫做. */
const MAX_QUOTED_NAME = 30;

// What each trigger word starts (a word may start several).
/** "X Labs": a capitalised name before a suffix that is part of the name. */
const SUFFIXED = 1;
/** "entreprise nommée X", "company called X": a name after an introducing phrase. */
const INTRODUCED = 2;
/** "công ty X", "quỹ X": the Vietnamese noun is the whole introducing phrase. */
const INTRODUCED_VI = 4;
/** "X 公司", "X 재단": a Latin name before a CJK word for company. */
const CJK_SUFFIXED = 8;
/** "la société X", "le fonds X". */
const FRENCH_NOUN = 16;
/** "ブラックロック社": a katakana name before 社. */
const KATAKANA_SHA = 32;
/** "キウム証券": a katakana name glued to a word that belongs to it. */
const KATAKANA_GLUED = 64;
/** "키움증권": a Hangul name glued to a word that belongs to it. */
const HANGUL_GLUED = 128;
/** 名为“X”的公司. */
const QUOTED = 256;
/** 交換業者「ミナトコイン」, 交易所「鏈橋數位」: a quoted name right after a word for an organisation. */
const QUOTED_AFTER_NOUN = 512;
/** 株式会社ブルーシールド, ミライチェーン株式会社, (주)체인가드: a name beside a legal-form marker, marker included. */
const LEGAL_FORM = 1024;
/** 宏邦投顧, 元大投信: a two-character name before a Taiwanese word for a financial firm. */
const HAN_SHORT_NAME = 2048;
/** 遊戲公司星野互動完成融資: a Han name between a word for company and what companies do (完成, 宣布…). */
const HAN_NAME_BEFORE_ACTION = 4096;

const ORGANISATION_SUFFIXES = [
  'DAO', 'Labs', 'Lab', 'Capital', 'Ventures', 'Foundation', 'Research', 'Partners', 'Fund', 'Group',
  'Holdings', 'Technologies', 'Investments', 'Asset Management', 'Securities', 'Bank', 'Inc.', 'Inc',
  'Corp.', 'Corp', 'Corporation', 'Ltd', 'LLC', 'GmbH', 'Studios', 'Exchange', 'Finance',
];
const CJK_COMPANY_WORDS = ['公司', '集团', '集團', '基金会', '基金會', '实验室', '實驗室', '资本', '資本', '社', '재단', '랩스', '캐피탈'];
const KATAKANA_NAME_WORDS = ['グループ', 'ホールディングス', '証券', '銀行', '財団', 'ラボ', 'キャピタル', 'ベンチャーズ'];
const HANGUL_NAME_WORDS = ['증권', '캐피탈', '벤처스', '랩스', '홀딩스', '자산운용', '리서치', '파트너스', '인베스트먼트'];
/** Words for an organisation that the press follows with the organisation's name in quotes. */
const NOUNS_BEFORE_QUOTE = ['交換業者', '取引所', '交易所', '事務所', '公司', '企業', '会社', '新創', '機構', '平台', '团队', '團隊', '스타트업', '기업', '회사', '거래소'];
const LEGAL_FORMS = ['株式会社', '(주)', '㈜'];
/** Taiwanese words for a financial firm that follow a two-character name (宏邦投顧, 國泰金控). */
const HAN_FIRM_WORDS = ['投顧', '投信', '金控', '證券'];
/** Two characters before those words that are ordinary words, not names (有價證券, 虛擬資產…). */
const NOT_HAN_NAMES = new Set([
  '有價', '虛擬', '數位', '代幣', '加密', '資產', '傳統', '國內', '國外', '海外', '外資', '本土', '大型', '主要', '多家', '各家',
  '相關', '其他', '美國', '台灣', '臺灣', '香港', '日本', '韓國', '中國', '大陸', '上市', '上櫃', '綜合', '投資', '金融', '專業',
  '旗下', '該家', '這家', '兩家', '三家', '一家', '國際', '本國', '境外', '境內', '全球', '證券', '期貨', '銀行', '保險',
]);
/** Words for a company that the Chinese press follows directly with the company's name (遊戲公司星野互動). */
const NOUNS_BEFORE_HAN_NAME = ['公司', '新創', '新创', '初創', '初创'];
/**
 * What a company does right after its name in news (完成融資, 宣布, 推出), and the time words that may
 * sit between the two: a Han name is read only up to one of these, so the rule needs both ends.
 */
const ACTIONS_AFTER_HAN_NAME = [
  '完成', '宣布', '宣佈', '獲得', '获得', '取得', '推出', '發布', '发布', '發佈', '上線', '上线', '日前', '近日', '今日', '稍早',
];
const MIN_HAN_NAME = 2;
const MAX_HAN_NAME = 6;
/**
 * Beginnings of what follows 公司 that are not a name: time words, adverbs, pronouns, roles, parts of a
 * company (該公司日前完成, 公司執行長宣布, 公司董事會宣布, 公司產品推出).
 */
const NOT_HAN_NAME_STARTS = [
  ...'今昨明本該该此其這这那已也將将再又亦則则還还並并於于在近剛刚更先均皆才就都曾便仍首正隨随同目稍週周上下去前後后總总股官與与和及或共旗人代產产',
  // adverbs, modal verbs and counts (公司紛紛推出, 公司計劃推出, 公司預計完成, 兩家公司宣布)
  ...'紛纷相陸陆各分聯联率最計计預预準准打決决有不終终即宣表透通希努積积持年每把被向對对跟一兩两三多幾几數数會会可能要應应須须必需擬拟欲想願愿得獲获',
  '執行', '执行', '董事', '創辦', '创办', '创始', '發言', '发言', '負責', '负责', '高層', '高层', '內部', '内部', '方面', '團隊', '团队',
  '主要', '成功', '順利', '顺利', '平台', '業務', '业务', '營', '营', '市', '系統', '系统', '項目', '项目', '相關', '相关', '律師', '律师',
  '合夥', '合伙', '法務', '法务', '財務', '财务', '技術', '技术', '營運', '运营',
];
/** Characters that may sit right before such a two-character name: punctuation aside, these Han words end a phrase. */
const BEFORE_HAN_NAME = new Set([...'的與和及、據由向在為是將跟讓'].map((char) => char.charCodeAt(0)));
/** Particles and function words that make a quotation a clause, not a name (取引所「価格が下がれば買う」). */
const CLAUSE_MARKERS = /[がをばは的了是]/u;
/** Longest quoted name read after an organisation noun. */
const MAX_QUOTED_AFTER_NOUN = 15;
/** Korean particles that may follow a name glued to (주): dropped from the name. */
const HANGUL_PARTICLES = ['에서', '으로', '까지', '부터', '의', '은', '는', '이', '가', '을', '를', '와', '과', '도', '에', '로'];

/** 社 starting a word of its own (社長 president, 社員 employee) says nothing about the name before it. */
const NOT_AFTER_SHA = new Set([...'長員内会債名外'].map((char) => char.charCodeAt(0)));

/** Introducing phrases: nouns (either case first letter), then the verb the trigger is. */
const FRENCH_NOUNS = ['entreprise', 'société', 'start-up', 'startup', 'fintech', 'fonds', 'plateforme'];
const FRENCH_VERBS = ['nommée', 'appelée', 'baptisée', 'dénommée'];
const ENGLISH_NOUNS = ['company', 'firm', 'startup', 'fund', 'exchange', 'bank', 'lab'];
const ENGLISH_VERBS = ['called', 'named'];
/** Vietnamese introducing nouns, longest first where one starts another (quỹ đầu tư, quỹ). */
const VIETNAMESE_LEADS = ['công ty', 'tập đoàn', 'quỹ đầu tư', 'quỹ'];
/** French article + noun before a name; the trigger is the noun. */
const FRENCH_NOUN_LEADS = ['la société', 'l’entreprise', "l'entreprise", 'la start-up', 'la fintech', 'le fonds', 'la banque'];
const QUOTE_LEADS = ['名为', '名為', '叫做', '一家名叫'];
const OPENING_QUOTES = new Set([...'“"「『'].map((char) => char.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'”"」』'].map((char) => char.charCodeAt(0)));

/** Katakana and Hangul words that are generic, not names, even before 社 or 証券. */
const GENERIC_CJK_NAMES = ['ベンチャー', 'テクノロジー', 'デジタル', 'ネット', 'システム', 'グローバル', 'ファンド', 'メディア', 'ゲーム', 'クリプト', 'ブロックチェーン', 'トークン', 'コンサルティング', 'デジタル証券', 'ワーキング', '가상자산', '디지털', '글로벌', '블록체인', '토큰'];

/** Capitalised words that start sentences, not names ("The", "Yesterday", "Selon"…). */
const LEADING_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Both', 'Today', 'Yesterday', 'Meanwhile', 'And',
  'But', 'Or', 'If', 'When', 'While', 'As', 'At', 'In', 'On', 'For', 'From', 'With', 'By', 'Of', 'To',
  'After', 'Before', 'Since', 'According', 'Its', 'Their', 'Our', 'Le', 'La', 'Les', 'Des', 'Du', 'De',
  'Un', 'Une', 'Selon', 'Pour', 'Avec', 'Chez', 'Par', 'Et', 'Mais', 'Ou', 'Dans', 'Sur', 'Lors', 'Cette', 'Ce',
  'Now', 'Currently', 'However', 'Also', 'Then', 'Last', 'Next', 'Earlier', 'Later', 'Under', 'Via', 'Like',
  // Vietnamese sentence openers (Hiện Mekong Labs có…, Theo X Capital…)
  'Hiện', 'Theo', 'Trong', 'Tại', 'Khi', 'Sau', 'Trước', 'Ngoài', 'Nhưng', 'Các', 'Những', 'Với',
  'Về', 'Từ', 'Còn', 'Cùng', 'Bên', 'Tuy', 'Nếu', 'Vì', 'Do', 'Để', 'Đến', 'Hôm', 'Năm', 'Ngày', 'Tháng',
  'Đây', 'Đó', 'Riêng', 'Gần', 'Mới', 'Cả', 'Ông', 'Bà', 'Anh', 'Chị', 'Sàn',
]);

/** Places the Vietnamese press puts between công ty / quỹ and the name (công ty Nhật Bản Metaplanet). */
const VIETNAMESE_PLACES = ['Nhật Bản', 'Mỹ', 'Hàn Quốc', 'Trung Quốc', 'Việt Nam', 'Singapore', 'Anh', 'Pháp', 'Đức', 'Hồng Kông', 'Đài Loan', 'Thái Lan', 'Úc', 'Canada'];

/** A word that announces an organisation, and what it starts. */
export interface OrganisationTrigger {
  word: string;
  detectors: number;
}

function triggers(): OrganisationTrigger[] {
  const byWord = new Map<string, number>();
  const add = (word: string, detector: number) => byWord.set(word, (byWord.get(word) ?? 0) | detector);
  for (const suffix of ORGANISATION_SUFFIXES) add(suffix.replace(/\.$/, '').split(' ')[0] as string, SUFFIXED);
  for (const word of CJK_COMPANY_WORDS) add(word, CJK_SUFFIXED);
  add('社', KATAKANA_SHA);
  for (const word of KATAKANA_NAME_WORDS) add(word, KATAKANA_GLUED);
  for (const word of HANGUL_NAME_WORDS) add(word, HANGUL_GLUED);
  for (const verb of [...FRENCH_VERBS, ...ENGLISH_VERBS]) add(verb, INTRODUCED);
  add('công ty', INTRODUCED_VI);
  add('tập đoàn', INTRODUCED_VI);
  add('quỹ', INTRODUCED_VI);
  for (const lead of FRENCH_NOUN_LEADS) add(lead.replace(/^(?:la |le |l’|l')/, ''), FRENCH_NOUN);
  add('名为', QUOTED);
  add('名為', QUOTED);
  add('叫做', QUOTED);
  add('名叫', QUOTED);
  for (const noun of NOUNS_BEFORE_QUOTE) add(noun, QUOTED_AFTER_NOUN);
  for (const form of LEGAL_FORMS) add(form, LEGAL_FORM);
  for (const word of HAN_FIRM_WORDS) add(word, HAN_SHORT_NAME);
  for (const noun of NOUNS_BEFORE_HAN_NAME) add(noun, HAN_NAME_BEFORE_ACTION);
  return [...byWord].map(([word, detectors]) => ({ word, detectors }));
}

/** Trigger words, for the dictionary automaton (matched case-insensitively; the detectors check case). */
export const ORGANISATION_TRIGGERS: readonly OrganisationTrigger[] = triggers();

/** The suffixes by their first character, in list order: a trigger word is read only against those it can start. */
const SUFFIXES_BY_INITIAL = new Map<number, string[]>();
for (const suffix of ORGANISATION_SUFFIXES) SUFFIXES_BY_INITIAL.set(suffix.charCodeAt(0), [...(SUFFIXES_BY_INITIAL.get(suffix.charCodeAt(0)) ?? []), suffix]);

/** Each suffix's explanation, made once rather than once per mention. */
const SUFFIX_REASONS = new Map(ORGANISATION_SUFFIXES.map((suffix) => [suffix, `name followed by "${suffix}"`]));

/** Places split into words once, for `trimName`. */
const VIETNAMESE_PLACE_WORDS = VIETNAMESE_PLACES.map((place) => place.split(' '));
/** Punctuation trimmed from the end of a matched name. */
const TRAILING_PUNCTUATION = new Set([...".'’-"].map((char) => char.charCodeAt(0)));

/**
 * Code units that NFKC leaves as they are whatever surrounds them: ASCII, and the precomposed Han,
 * kana and Hangul that most names here are written in (no compatibility mapping, nothing composes
 * with them). A name made only of these needs neither NFKC nor a regular expression for its id.
 */
function nfkcStable(code: number): boolean {
  return code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

/** ASCII white space and the apostrophe: a run of them becomes one dash in an id. */
function isIdSeparator(code: number): boolean {
  return code === 0x20 || code === 0x27 || (code >= 0x09 && code <= 0x0d);
}

/** The id part of an unknown organisation's name: NFKC, lower case, runs of white space and apostrophes as one dash. */
export function organisationIdPart(name: string): string {
  let fast = true;
  let separators = false;
  for (let i = 0; i < name.length && fast; i += 1) {
    const code = name.charCodeAt(i);
    fast = nfkcStable(code);
    separators ||= isIdSeparator(code);
  }
  if (!fast) return name.normalize('NFKC').toLowerCase().replace(/[\s’']+/g, '-');
  const lower = name.toLowerCase();
  if (!separators) return lower;
  let id = '';
  let i = 0;
  while (i < lower.length) {
    const from = i;
    if (isIdSeparator(lower.charCodeAt(i))) {
      while (i < lower.length && isIdSeparator(lower.charCodeAt(i))) i += 1;
      id += '-';
    } else {
      while (i < lower.length && !isIdSeparator(lower.charCodeAt(i))) i += 1;
      id += lower.slice(from, i);
    }
  }
  return id;
}

/** Drops sentence-starting words in front and sentence punctuation behind a matched name. */
function trimName(matched: string, start: number): { name: string; start: number } | null {
  let length = matched.length;
  while (length > 0 && TRAILING_PUNCTUATION.has(matched.charCodeAt(length - 1))) length -= 1;
  // Most names are one word with nothing to trim: no words to split, no place to drop.
  if (length === matched.length && !matched.includes(' ')) return !LEADING_WORDS.has(matched) && /\p{L}/u.test(matched) ? { name: matched, start } : null;
  const words = matched.slice(0, length).split(' ');
  let offset = start;
  while (words.length > 0 && LEADING_WORDS.has(words[0] as string)) offset += (words.shift() as string).length + 1;
  for (const placeWords of VIETNAMESE_PLACE_WORDS) {
    if (words.length > placeWords.length && placeWords.every((word, index) => words[index] === word)) {
      offset += placeWords.join(' ').length + 1;
      words.splice(0, placeWords.length);
      break;
    }
  }
  const name = words.join(' ');
  // A count before a company word (10社, 30 家公司) is not a name.
  return words.length > 0 && /\p{L}/u.test(name) ? { name, start: offset } : null;
}

function make(name: string, start: number, reason: string): UnknownOrganisation {
  return {
    start,
    end: start + name.length,
    id: `org:unknown:${organisationIdPart(name)}`,
    name,
    confidence: UNKNOWN_ORGANISATION_CONFIDENCE,
    reason,
  };
}

/** Reads the text around one trigger; `steps` counts the characters read (for the work counter). */
class TriggerReader {
  steps = 0;
  private readonly flags = nameCharFlags();
  private readonly script = scriptTable();

  constructor(private readonly text: string) {}

  private flagsAt(index: number): number {
    return index >= 0 && index < this.text.length ? (this.flags[this.text.charCodeAt(index)] as number) : 0;
  }

  /**
   * A letter or number of an alphabetic script. Han, kana and Hangul are neither here: a name written
   * in Latin letters starts and ends at them (国内ではGincoの, PayPayが同社), as at a space.
   */
  letterOrNumber(index: number): boolean {
    return (this.flagsAt(index) & LETTER_OR_NUMBER) !== 0 && this.script[this.text.charCodeAt(index)] !== CJK;
  }

  space(index: number): boolean {
    return (this.flagsAt(index) & SPACE) !== 0;
  }

  /** Upper-case letter or ASCII digit: what a name's word starts with. */
  nameInitial(index: number): boolean {
    const code = this.text.charCodeAt(index);
    return (this.flagsAt(index) & UPPER) !== 0 || (code >= 48 && code <= 57);
  }

  /** A character inside a name's word: letter, number, & ' ’ -, or a dot before a letter or number. */
  nameChar(index: number): boolean {
    this.steps += 1;
    if (this.letterOrNumber(index)) return true;
    const code = this.text.charCodeAt(index);
    if (code === 0x26 || code === 0x27 || code === 0x2019 || code === 0x2d) return true;
    return code === 0x2e && this.letterOrNumber(index + 1);
  }

  /** No letter or number before `index`: where a name may start. */
  nameMayStart(index: number): boolean {
    return this.nameInitial(index) && !this.letterOrNumber(index - 1);
  }

  /**
   * Start of the name that ends exactly at `end`, taking as many words as possible (up to four) but
   * starting at `notBefore` or later: the leftmost start a regular expression would find. -1 if none.
   */
  nameStartBefore(end: number, notBefore: number): number {
    let best = -1;
    let wordEnd = end;
    for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
      // Walk left over the word's characters, keeping the leftmost place a name may start.
      let first = -1;
      let runStart = wordEnd;
      while (runStart > notBefore && wordEnd - runStart < MAX_WORD_CHARS && this.nameChar(runStart - 1)) {
        if (runStart < wordEnd && !this.letterOrNumber(runStart - 1) && this.nameInitial(runStart)) first = runStart;
        runStart -= 1;
      }
      if (runStart < wordEnd && !this.letterOrNumber(runStart - 1) && this.nameInitial(runStart)) first = runStart;
      if (first < 0) break;
      best = first;
      // Only a whole word right after a single space can have another word in front of it.
      if (first !== runStart || runStart < 2 || this.text.charCodeAt(runStart - 1) !== 0x20) break;
      wordEnd = runStart - 1;
    }
    return best;
  }

  /**
   * End of the name that starts exactly at `start` and is followed by neither letter nor number, the
   * way a greedy regular expression reads it (more words first, then longer words). -1 if none.
   */
  nameEndAfter(start: number, wordsLeft = MAX_NAME_WORDS - 1): number {
    if (start >= this.text.length || !this.nameInitial(start)) return -1;
    let end = start + 1;
    while (end < this.text.length && end - start < MAX_WORD_CHARS && this.nameChar(end)) end += 1;
    for (let wordEnd = end; wordEnd > start; wordEnd -= 1) {
      this.steps += 1;
      if (wordsLeft > 0 && this.text.charCodeAt(wordEnd) === 0x20) {
        const longer = this.nameEndAfter(wordEnd + 1, wordsLeft - 1);
        if (longer >= 0) return longer;
      }
      if (!this.letterOrNumber(wordEnd)) return wordEnd;
    }
    return -1;
  }

  /** End of a run of white space (at least one, at most MAX_SPACE_RUN) from `start`, or -1. */
  spaceRunAfter(start: number): number {
    let end = start;
    while (end - start < MAX_SPACE_RUN && this.space(end)) end += 1;
    this.steps += end - start;
    return end > start ? end : -1;
  }

  /** Start of a run of white space (at least one, at most MAX_SPACE_RUN) ending at `end`, or -1. */
  spaceRunBefore(end: number): number {
    let start = end;
    while (end - start < MAX_SPACE_RUN && this.space(start - 1)) start -= 1;
    this.steps += end - start;
    return start < end ? start : -1;
  }

  /** `word` at `at`, its first letter in either case (compared code by code: this runs for every lead word at every trigger). */
  wordAt(at: number, word: string): boolean {
    if (at < 0 || at + word.length > this.text.length) return false;
    for (let k = 1; k < word.length; k += 1) if (this.text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
    const first = this.text.charCodeAt(at);
    return first === word.charCodeAt(0) || first === capitalOf(word);
  }

  /** Length of the run of characters in [low, high] that ends at `end`, reading at most `limit + 1`. */
  runBefore(end: number, low: number, high: number, limit: number): number {
    let start = end;
    while (start > 0 && end - start <= limit) {
      const code = this.text.charCodeAt(start - 1);
      if (code < low || code > high) break;
      start -= 1;
    }
    this.steps += end - start;
    return end - start;
  }
}

/** Upper-case first letters of the lead words, once: -1 where upper case is not one code unit. */
const CAPITALS = new Map<string, number>();

function capitalOf(word: string): number {
  let capital = CAPITALS.get(word);
  if (capital === undefined) {
    const upper = word.charAt(0).toUpperCase();
    capital = upper.length === 1 ? upper.charCodeAt(0) : -1;
    CAPITALS.set(word, capital);
  }
  return capital;
}

function isGenericCjkName(name: string): boolean {
  return GENERIC_CJK_NAMES.some((generic) => name.startsWith(generic));
}

/** One match of an organisation pattern: the text it covers, and the organisation it names (none when trimmed away). */
interface Reading {
  start: number;
  end: number;
  organisation: UnknownOrganisation | null;
}

/** Reads one trigger word for one pattern; the match may not start before `notBefore`. */
type Detector = (text: string, read: TriggerReader, start: number, end: number, notBefore: number) => Reading | null;

/** Detectors in bit order of the trigger flags; the two introducing-phrase detectors share one pattern. */
const DETECTORS: Array<{ flag: number; pattern: number; read: Detector }> = [
  { flag: SUFFIXED, pattern: 0, read: suffixed },
  { flag: INTRODUCED, pattern: 1, read: introduced },
  { flag: INTRODUCED_VI, pattern: 1, read: introducedVietnamese },
  { flag: CJK_SUFFIXED, pattern: 2, read: beforeCjkWord },
  { flag: FRENCH_NOUN, pattern: 3, read: afterFrenchNoun },
  { flag: KATAKANA_SHA, pattern: 4, read: katakanaBeforeSha },
  { flag: KATAKANA_GLUED, pattern: 5, read: (text, read, start, end, notBefore) => glued(text, read, start, end, notBefore, 0x30a0, 0x30ff, MAX_KATAKANA_NAME) },
  { flag: HANGUL_GLUED, pattern: 6, read: (text, read, start, end, notBefore) => glued(text, read, start, end, notBefore, 0xac00, 0xd7a3, MAX_HANGUL_NAME) },
  { flag: QUOTED, pattern: 7, read: quoted },
  { flag: QUOTED_AFTER_NOUN, pattern: 8, read: quotedAfterNoun },
  { flag: LEGAL_FORM, pattern: 9, read: besideLegalForm },
  { flag: HAN_SHORT_NAME, pattern: 10, read: hanShortName },
  { flag: HAN_NAME_BEFORE_ACTION, pattern: 11, read: hanNameBeforeAction },
];
const PATTERN_COUNT = 12;

/** Per trigger, the detectors its flags start, in DETECTORS order: a trigger runs only those. */
const TRIGGER_DETECTORS = ORGANISATION_TRIGGERS.map((trigger) => DETECTORS.filter((detector) => (trigger.detectors & detector.flag) !== 0));

/**
 * Unknown organisations in one text, fed the trigger words in order of their end. Each pattern
 * behaves as a global regular expression would: matches never overlap, the leftmost start wins, and
 * from one start the longest name wins ("Zorbit Labs Inc." over "Zorbit Labs"), so a match is held
 * back until a later trigger can no longer extend it.
 */
export class UnknownOrganisationFinder {
  private readonly read: TriggerReader;
  /** Per pattern: where its last match ended (the next may not start before). */
  private readonly lastEnd = new Int32Array(PATTERN_COUNT);
  private readonly pending: Array<Reading | null> = new Array<Reading | null>(PATTERN_COUNT).fill(null);

  /** `genericNames` (lower-cased concepts and acronyms: the AI 公司, quỹ ETF) are not organisations. */
  constructor(
    private readonly text: string,
    private readonly genericNames: ReadonlySet<string>,
  ) {
    this.read = new TriggerReader(text);
  }

  /** Characters read so far, for the work counter. */
  get steps(): number {
    return this.read.steps;
  }

  /** Reads the trigger word `ORGANISATION_TRIGGERS[trigger]` found at `text[start, end)`; finished organisations go to `found`. */
  at(trigger: number, start: number, end: number, found: UnknownOrganisation[]): void {
    const detectors = TRIGGER_DETECTORS[trigger] ?? [];
    this.read.steps += 1;
    for (let k = 0; k < detectors.length; k += 1) {
      const detector = detectors[k] as (typeof DETECTORS)[number];
      const pattern = detector.pattern;
      let reading = detector.read(this.text, this.read, start, end, this.lastEnd[pattern] as number);
      if (!reading) continue;
      const held = this.pending[pattern];
      if (held && reading.start > held.start) {
        // The held match can no longer grow: it is final, and the new one may not overlap it.
        this.settle(pattern, found);
        reading = reading.start >= held.end ? reading : detector.read(this.text, this.read, start, end, held.end);
      }
      this.pending[pattern] = reading;
    }
  }

  /** Hands over the matches still held back. */
  finish(found: UnknownOrganisation[]): void {
    for (let pattern = 0; pattern < PATTERN_COUNT; pattern += 1) this.settle(pattern, found);
  }

  private settle(pattern: number, found: UnknownOrganisation[]): void {
    const held = this.pending[pattern];
    if (!held) return;
    this.pending[pattern] = null;
    this.lastEnd[pattern] = held.end;
    if (held.organisation && !this.genericNames.has(held.organisation.name.toLowerCase())) found.push(held.organisation);
  }
}

/** "Zorbit Labs", "The Zorbit Labs team" → "Zorbit Labs": name, one space, a suffix (exact case), then no letter. */
function suffixed(text: string, read: TriggerReader, start: number, _end: number, notBefore: number): Reading | null {
  if (text.charCodeAt(start - 1) !== 0x20) return null;
  let suffix: string | undefined;
  for (const candidate of SUFFIXES_BY_INITIAL.get(text.charCodeAt(start)) ?? []) {
    if (text.startsWith(candidate, start) && !read.letterOrNumber(start + candidate.length)) {
      suffix = candidate;
      break;
    }
  }
  if (!suffix) return null;
  const nameStart = read.nameStartBefore(start - 1, notBefore);
  if (nameStart < 0) return null;
  const trimmed = trimName(text.slice(nameStart, start - 1), nameStart);
  const organisation = trimmed && make(`${trimmed.name} ${suffix}`, trimmed.start, SUFFIX_REASONS.get(suffix) as string);
  return { start: nameStart, end: start + suffix.length, organisation };
}

/** The name after an introducing phrase that starts at `lead` and ends at `leadEnd`, then white space. */
function nameAfterLead(text: string, read: TriggerReader, lead: number, leadEnd: number): Reading | null {
  const nameStart = read.spaceRunAfter(leadEnd);
  if (nameStart < 0) return null;
  const nameEnd = read.nameEndAfter(nameStart);
  if (nameEnd < 0) return null;
  const trimmed = trimName(text.slice(nameStart, nameEnd), nameStart);
  const organisation = trimmed && make(trimmed.name, trimmed.start, `introduced as an organisation ("${text.slice(lead, nameStart).trim()}")`);
  return { start: lead, end: nameEnd, organisation };
}

/** "une entreprise nommée Zorglub", "a company called Quuxly": noun, white space, the verb (the trigger), white space, name. */
function introduced(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  const verb = text.slice(start, end);
  const nouns = FRENCH_VERBS.includes(verb) ? FRENCH_NOUNS : ENGLISH_VERBS.includes(verb) ? ENGLISH_NOUNS : null;
  if (!nouns) return null;
  const nounEnd = read.spaceRunBefore(start);
  if (nounEnd < 0) return null;
  for (const noun of nouns) {
    const nounStart = nounEnd - noun.length;
    if (!read.wordAt(nounStart, noun)) continue;
    return nounStart >= notBefore && !read.letterOrNumber(nounStart - 1) ? nameAfterLead(text, read, nounStart, end) : null;
  }
  return null;
}

/** "công ty Hanoi Digital", "Quỹ đầu tư X": the noun, white space, name. */
function introducedVietnamese(text: string, read: TriggerReader, start: number, _end: number, notBefore: number): Reading | null {
  if (start < notBefore || read.letterOrNumber(start - 1)) return null;
  for (const lead of VIETNAMESE_LEADS) {
    if (!read.wordAt(start, lead)) continue;
    const reading = nameAfterLead(text, read, start, start + lead.length);
    if (reading?.organisation && lead === 'quỹ' && isFundProduct(reading.organisation.name)) reading.organisation = null;
    return reading;
  }
  return null;
}

/** After a bare "quỹ" (fund), "ETF Bitcoin" or a fund's ticker (IBIT, FBTC) is a product, not an organisation. */
function isFundProduct(name: string): boolean {
  return /^(?:ETF|ETP|ETN)\b/.test(name) || /^[A-Z]{2,5}$/.test(name);
}

/** "Zorbit 公司", "Kyber재단": a Latin name, at most one white space, then the CJK word. */
function beforeCjkWord(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  const nameEnd = read.space(start - 1) ? start - 1 : start;
  const nameStart = read.nameStartBefore(nameEnd, notBefore);
  if (nameStart < 0) return null;
  const trimmed = trimName(text.slice(nameStart, nameEnd), nameStart);
  return { start: nameStart, end, organisation: trimmed && make(trimmed.name, trimmed.start, 'name followed by a word for company') };
}

/** "la société Zorglub", "le fonds Quibble": article and noun (the trigger, exact case), one space, name. */
function afterFrenchNoun(text: string, read: TriggerReader, _start: number, end: number, notBefore: number): Reading | null {
  for (const lead of FRENCH_NOUN_LEADS) {
    const leadStart = end - lead.length;
    if (leadStart < notBefore || !text.startsWith(lead, leadStart) || read.letterOrNumber(leadStart - 1)) continue;
    if (text.charCodeAt(end) !== 0x20) return null;
    const nameEnd = read.nameEndAfter(end + 1);
    if (nameEnd < 0) return null;
    const trimmed = trimName(text.slice(end + 1, nameEnd), end + 1);
    return { start: leadStart, end: nameEnd, organisation: trimmed && make(trimmed.name, trimmed.start, 'named after a French noun for organisation') };
  }
  return null;
}

/** "ゾルグ社" → ゾルグ: a katakana run of 2–20 before 社, unless 社 starts a word of its own (社長). */
function katakanaBeforeSha(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  if (NOT_AFTER_SHA.has(text.charCodeAt(end))) return null;
  const length = read.runBefore(start, 0x30a0, 0x30ff, MAX_KATAKANA_NAME);
  if (length < MIN_GLUED_NAME || length > MAX_KATAKANA_NAME || start - length < notBefore) return null;
  const name = text.slice(start - length, start);
  return { start: start - length, end, organisation: isGenericCjkName(name) ? null : make(name, start - length, 'name before a word for company') };
}

/** "キウム証券", "조르그벤처스": a whole run of 2–`longest` katakana or Hangul glued to the word, both tagged. */
function glued(text: string, read: TriggerReader, start: number, end: number, notBefore: number, low: number, high: number, longest: number): Reading | null {
  const length = read.runBefore(start, low, high, longest);
  if (length < MIN_GLUED_NAME || length > longest || start - length < notBefore) return null;
  const name = text.slice(start - length, end);
  return { start: start - length, end, organisation: isGenericCjkName(name) ? null : make(name, start - length, 'name before a word for company') };
}

/** 名为“星火”的公司: the quoted name (1–30 characters on one line) after 名为, 名為, 叫做 or 一家名叫. */
function quoted(text: string, read: TriggerReader, _start: number, end: number, notBefore: number): Reading | null {
  let leadStart = -1;
  for (const lead of QUOTE_LEADS) {
    if (end - lead.length >= notBefore && text.startsWith(lead, end - lead.length)) {
      leadStart = end - lead.length;
      break;
    }
  }
  if (leadStart < 0 || !OPENING_QUOTES.has(text.charCodeAt(end))) return null;
  const contentStart = end + 1;
  let close = contentStart;
  while (close < text.length && close - contentStart <= MAX_QUOTED_NAME && !CLOSING_QUOTES.has(text.charCodeAt(close)) && text.charCodeAt(close) !== 0x0a) close += 1;
  read.steps += close - contentStart;
  if (close === contentStart || close - contentStart > MAX_QUOTED_NAME || !CLOSING_QUOTES.has(text.charCodeAt(close))) return null;
  const content = text.slice(contentStart, close);
  const name = content.trim();
  return { start: leadStart, end: close + 1, organisation: name ? make(name, contentStart + content.indexOf(name), 'quoted name introduced as a company') : null };
}

/** 交換業者「ミナトコイン」: the quoted name (1–15 characters, no sentence punctuation) right after an organisation noun. */
function quotedAfterNoun(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  if (start < notBefore || !OPENING_QUOTES.has(text.charCodeAt(end))) return null;
  const contentStart = end + 1;
  let close = contentStart;
  while (close < text.length && close - contentStart <= MAX_QUOTED_AFTER_NOUN && !CLOSING_QUOTES.has(text.charCodeAt(close)) && !/[\n。、，,！？!?：:]/.test(text.charAt(close))) close += 1;
  read.steps += close - contentStart;
  if (close === contentStart || close - contentStart > MAX_QUOTED_AFTER_NOUN || !CLOSING_QUOTES.has(text.charCodeAt(close))) return null;
  const name = text.slice(contentStart, close).trim();
  if (!name || name !== text.slice(contentStart, close) || CLAUSE_MARKERS.test(name)) return null;
  return { start, end: close + 1, organisation: make(name, contentStart, `quoted name after "${text.slice(start, end)}"`) };
}

/** A run of katakana (with ー and ・) ending at `end` or starting at `start`: its length, up to the katakana name limit. */
function katakanaRun(text: string, from: number, step: 1 | -1): number {
  let length = 0;
  let at = step === 1 ? from : from - 1;
  while (length <= MAX_KATAKANA_NAME && at >= 0 && at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 0x30a1 || code > 0x30fc) break;
    length += 1;
    at += step;
  }
  return length;
}

/** 株式会社ブルーシールド, ミライチェーン株式会社, (주)체인가드의 → (주)체인가드: name and marker together. */
function besideLegalForm(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  const form = text.slice(start, end);
  if (form === '株式会社') {
    const before = katakanaRun(text, start, -1);
    if (before >= MIN_GLUED_NAME && before <= MAX_KATAKANA_NAME && start - before >= notBefore) {
      read.steps += before;
      return { start: start - before, end, organisation: make(text.slice(start - before, end), start - before, 'name before 株式会社') };
    }
    if (start < notBefore) return null;
    const after = katakanaRun(text, end, 1);
    read.steps += after;
    if (after >= MIN_GLUED_NAME && after <= MAX_KATAKANA_NAME) return { start, end: end + after, organisation: make(text.slice(start, end + after), start, 'name after 株式会社') };
    const latinEnd = read.nameEndAfter(end);
    return latinEnd > end ? { start, end: latinEnd, organisation: make(text.slice(start, latinEnd), start, 'name after 株式会社') } : null;
  }
  if (start < notBefore) return null;
  let nameEnd = end;
  while (nameEnd < text.length && nameEnd - end <= MAX_HANGUL_NAME && text.charCodeAt(nameEnd) >= 0xac00 && text.charCodeAt(nameEnd) <= 0xd7a3) nameEnd += 1;
  read.steps += nameEnd - end;
  if (nameEnd - end > MAX_HANGUL_NAME) return null;
  const particle = HANGUL_PARTICLES.find((ending) => nameEnd - end > ending.length + 1 && text.endsWith(ending, nameEnd));
  if (particle) nameEnd -= particle.length;
  if (nameEnd - end < MIN_GLUED_NAME) return null;
  return { start, end: nameEnd, organisation: make(text.slice(start, nameEnd), start, `name after ${form}`) };
}

/** 宏邦投顧: exactly two Han characters before the word, at the start of a phrase, and not an ordinary word. */
function hanShortName(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  const nameStart = start - 2;
  if (nameStart < notBefore || read.runBefore(start, 0x4e00, 0x9fff, 3) < 2) return null;
  const before = nameStart > 0 ? text.charCodeAt(nameStart - 1) : 0;
  if (before >= 0x4e00 && before <= 0x9fff && !BEFORE_HAN_NAME.has(before)) return null;
  const name = text.slice(nameStart, start);
  if (NOT_HAN_NAMES.has(name)) return null;
  return { start: nameStart, end, organisation: make(text.slice(nameStart, end), nameStart, `name before "${text.slice(start, end)}"`) };
}

/** 遊戲公司星野互動完成融資 → 星野互動: 2–6 Han characters right after the company word, then an action word. */
function hanNameBeforeAction(text: string, read: TriggerReader, start: number, end: number, notBefore: number): Reading | null {
  if (start < notBefore || ACTIONS_AFTER_HAN_NAME.some((action) => text.startsWith(action, end))) return null;
  let limit = end;
  while (limit < text.length && limit - end < MAX_HAN_NAME && isHan(text.charCodeAt(limit))) limit += 1;
  read.steps += limit - end;
  for (let nameEnd = end + MIN_HAN_NAME; nameEnd <= limit; nameEnd += 1) {
    if (!ACTIONS_AFTER_HAN_NAME.some((action) => text.startsWith(action, nameEnd))) continue;
    const name = text.slice(end, nameEnd);
    if (NOT_HAN_NAME_STARTS.some((word) => name.startsWith(word))) return null;
    return { start: end, end: nameEnd, organisation: make(name, end, `name after "${text.slice(start, end)}", before what a company does`) };
  }
  return null;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
