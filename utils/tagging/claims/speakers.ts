/**
 * Who says what: transcript turn labels ("Name :", "主持人 Name：", "Host:", "Q:"), the participants
 * named in metadata lines (guests, host), and the source of reported speech ("X expects…", "X 表示…").
 */
import { foldHanText } from './han';
import type { LexiconLang } from './lexicon/types';

/** Longest label prefix before its colon: longer prefixes are sentences that happen to contain a colon. */
const MAX_LABEL_CHARS = 40;

export type Role = 'host' | 'guest' | 'question' | 'answer';

/** Role words that open a turn label, alone ("Host:") or before a name ("主持人 Lin："). */
const ROLE_WORDS: Record<string, Role> = {
  主持人: 'host', 主持: 'host', host: 'host', hôte: 'host', animateur: 'host', animatrice: 'host', présentateur: 'host',
  présentatrice: 'host', moderator: 'host', interviewer: 'host', 司会: 'host', ホスト: 'host', 진행자: 'host', 사회자: 'host',
  호스트: 'host', mc: 'host', 'người dẫn chương trình': 'host', 'dẫn chương trình': 'host', 'người dẫn': 'host',
  嘉宾: 'guest', guest: 'guest', invité: 'guest', invitée: 'guest', ゲスト: 'guest', 게스트: 'guest', 'khách mời': 'guest',
  q: 'question', 问: 'question', question: 'question', 質問: 'question', 질문: 'question', 'hỏi': 'question',
  a: 'answer', 答: 'answer', réponse: 'answer', answer: 'answer', 回答: 'answer', 답변: 'answer', 'đáp': 'answer', 'trả lời': 'answer',
};

/** Role words that may precede a name ("主持人 Lin"), longest first; one-letter ones (Q, A) never do. */
const ROLE_PREFIXES = Object.entries(ROLE_WORDS)
  .filter(([word]) => word.length >= 2)
  .sort((a, b) => b[0].length - a[0].length);

/** Metadata labels: the line states who wrote, translated, hosted or published, never a claim. */
const METADATA_LABELS = new Set([
  '作者', '原文作者', '撰文', '编译', '原文编译', '译者', '翻译', '编辑', '编辑整理', '文字整理', '文稿整理', '整理', '来源',
  '原标题', '整理 & 编译', '整理&编译', '整理与编译', '嘉宾', '主持人', '主持', '播客源', '播客', '播出日期', '发布日期', '日期',
  '时间', '原文链接', '链接', '出品', '责编', '责任编辑', '校对', '排版', '节目', '栏目', '深潮导读', '导读', '文', '图',
  '本期嘉宾', '音频', '视频', '原文', '发布时间', '嘉宾介绍', 'telegram订阅群', 'twitter官方账号', 'twitter英文账号',
  'auteur', 'auteurs', 'rédaction', 'rédacteur', 'préparation et traduction', 'traduction', 'compilation', 'source',
  'source du podcast', 'titre original', 'date de diffusion', 'date', 'invités', 'invité', 'invitée', 'invitées', 'animateur',
  'animatrice', 'animé par', 'hôte', 'présentateur', 'lien original', "lien vers l'article original", 'éditeur', 'édition',
  'groupe telegram', 'compte twitter officiel', 'compte twitter anglais', 'publié le', 'auteur original',
  'author', 'authors', 'by', 'written by', 'compiled by', 'compiled & translated by', 'compiled and translated by',
  'translated by', 'translation', 'translator', 'editor', 'edited by', 'source', 'podcast source', 'original title',
  'original link', 'original article', 'air date', 'aired', 'published', 'guest', 'guests', 'host', 'hosts',
  'moderator', 'original author', 'compiler', 'compilation & translation',
  '著者', '作者', '執筆', '原文', '翻訳', '編集', '出典', '情報源', 'ゲスト', '司会', 'ホスト', '原題', '配信日', '放送日',
  '日付', '元記事', '翻訳・編集',
  '작성자', '저자', '글', '번역', '편집', '출처', '원문', '원제', '게스트', '진행자', '진행', '사회자', '호스트', '방송일', '날짜',
  '원문 링크', '정리',
  'tác giả', 'biên dịch', 'dịch', 'biên tập', 'nguồn', 'tiêu đề gốc', 'khách mời', 'người dẫn chương trình',
  'dẫn chương trình', 'mc', 'ngày phát sóng', 'ngày', 'liên kết gốc', 'bài gốc', 'tổng hợp & biên dịch',
]);

/** Disclaimer labels: what follows ("本文仅供参考，不构成投资建议。") is boilerplate even when it reads like a sentence. */
const DISCLAIMER_LABELS = new Set([
  '免责声明', '风险提示', 'disclaimer', 'avertissement', 'clause de non-responsabilité', '免責事項', '면책 조항',
  'tuyên bố miễn trừ trách nhiệm',
]);

export function isDisclaimerLabel(prefix: string): boolean {
  return DISCLAIMER_LABELS.has(labelKey(prefix));
}

/** Single words before a colon that are headings or discourse markers, never speakers. */
const NOT_NAMES = new Set([
  'note', 'notes', 'source', 'sources', 'conclusion', 'résumé', 'summary', 'update', 'disclaimer', 'remarque', 'attention',
  'exemple', 'example', 'warning', 'important', 'bonus', 'edit', 'ps', 'tl;dr', 'tldr', 'why', 'pourquoi', 'how', 'what',
  'comment', 'introduction', 'background', 'context', 'contexte', 'takeaways', 'highlights', 'overview', 'sommaire',
  'avertissement', 'rappel', 'conseil', 'tip', 'bref', 'enfin', 'ensuite', 'premièrement', 'deuxièmement', 'first', 'second',
  'third', 'finally', 'result', 'résultat', 'problem', 'problème', 'solution', 'answer', 'data', 'données', 'chart', 'graphique',
  'image', 'photo', 'video', 'vidéo', 'link', 'lien', 'telegram', 'twitter', 'website', 'site', 'update', 'breaking',
  '注', '备注', '注意事项', '注意事項', '重要提示', '特别提醒', '總結', '总结', '结论', '原因', '问题', '答案', '要点', '第一', '第二', '第三', '首先', '其次', '最后', '比如', '例如',
  '提示', '风险提示', '免责声明', '重点', '简单来说', '换句话说', '观点', '核心观点', '背景', '前言', '结语', '声明', '数据',
  '图', '图片', '来源', '链接', '注意', '举例', '总之', '因此', '所以', '但是', '然而', '另外', '此外', '同时', '目前',
  'まとめ', '注意', '結論', '要約', '요약', '결론', '참고', '주의', 'lưu ý', 'tóm tắt', 'kết luận', 'ghi chú',
]);

/** Words that describe a role in a guest list, not a name ("BitMEX 联合创始人", "co-founder of X"). */
const ROLE_DESCRIPTION = /创始人|创办人|联创|合伙人|首席|研究员|分析师|负责人|总监|主编|记者|主持人|总裁|董事|经理|教授|顾问|CEO|CTO|COO|CIO|CFO|founder|partner|director|analyst|researcher|professor|editor|head of|fondateur|fondatrice|associé|directeur|directrice|analyste|chercheur|professeur|rédacteur|共同創業者|創業者|代表|창업자|대표|파트너|연구원|nhà sáng lập|đồng sáng lập|giám đốc|nhà phân tích/i;

/** A Latin name: 1–4 capitalised words, particles allowed inside ("Arthur Hayes", "Vitalik Buterin", "Do Kwon"). */
const LATIN_NAME = /^[A-ZÀ-ÝĐ][\p{L}'’.-]*(?:\s+(?:(?:de|da|di|del|van|von|der|den|du|le|la|bin|al|ibn|dos|das)\s+)?[A-ZÀ-ÝĐ][\p{L}'’.-]*){0,3}$/u;
/** A CJK name or nickname, possibly with a Latin part ("曾鸣", "Lin", "潘致雄 Colin"), without particles or verbs. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z·・•.\s-]{1,16}$/u;
/** Chinese characters that never sit inside a personal name: particles, pronouns, verbs of a sentence. */
const CJK_NON_NAME_CHARS = /[的是了在我你很这那就都也和与要有说吗呢吧啊么个们为所以而对把被让给从到来去过着还又再不没]/u;
/** Japanese and Korean particles that end a phrase, not a name ("結論は", "결론은"); 이 inside 이민호 is a surname. */
const PARTICLE_AT_END = /[はがをにでともへやかの는은이가을를의에도와과]$/u;

function stripParenthetical(prefix: string): string {
  const last = prefix[prefix.length - 1];
  return last === ')' || last === '）' ? prefix.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').trim() : prefix.trim();
}

/** Whether a label prefix reads like a person's name (or nickname) rather than a phrase. */
export function looksLikeName(prefix: string): boolean {
  const name = stripParenthetical(prefix);
  if (name.length === 0 || name.length > MAX_LABEL_CHARS) return false;
  const lower = foldHanText(name.toLowerCase());
  if (NOT_NAMES.has(lower) || METADATA_LABELS.has(lower)) return false;
  if (/\d/.test(name)) return false;
  if (LATIN_NAME.test(name)) return true;
  if (!/[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(name) || !CJK_NAME.test(name)) return false;
  // A three-syllable Korean name may end in 이 only as a syllable of the name itself (e.g. 김민이); longer phrases with a final particle are not names.
  if (/\p{Script=Hangul}/u.test(name)) return !(PARTICLE_AT_END.test(name) && name.length > 3);
  return !CJK_NON_NAME_CHARS.test(foldHanText(name)) && !(/\p{Script=Hiragana}/u.test(name) && PARTICLE_AT_END.test(name));
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Spaces skipped after a label's colon. */
const LABEL_SPACES = new Set([0x20, 0xa0, 0x3000, 0x09]);

/** What each UTF-16 unit is to the label scan: 0 nothing, LABEL_COLON, or LABEL_STOP (sentence punctuation before any colon). */
const LABEL_COLON = 1;
const LABEL_STOP = 2;
const LABEL_CLASS = new Uint8Array(0x10000);
for (const char of ':：｜|') LABEL_CLASS[char.charCodeAt(0)] = LABEL_COLON;
for (const char of '。.!?，,；;') LABEL_CLASS[char.charCodeAt(0)] = LABEL_STOP;

/** How much of a line the label scan reads: a label and its colon sit well inside it. */
const LABEL_LINE_CHARS = 200;

export interface LabelSplit {
  /** The text before the colon, trimmed. */
  prefix: string;
  /** Offset (in the line) right after the colon and the spaces after it. */
  contentOffset: number;
  /** Whether nothing follows the colon on this line (or in its first LABEL_LINE_CHARS characters). */
  alone: boolean;
}

/** The UTF-16 unit at `i` when it lies in `[start, end)`, else NaN (no character). */
function codeInLine(text: string, i: number, start: number, end: number): number {
  return i >= start && i < end ? text.charCodeAt(i) : Number.NaN;
}

/**
 * Splits the line `text[start, end)` as "Prefix : rest" / "Prefix：rest" / "Prefix｜rest" at the first
 * colon within the label length. Read in place: this runs on every line of every article, and most
 * lines hold no label, so nothing is copied until a colon is found.
 */
export function splitLabel(text: string, start: number, end: number): LabelSplit | null {
  const lineEnd = Math.min(end, start + LABEL_LINE_CHARS);
  const limit = Math.min(lineEnd, start + MAX_LABEL_CHARS + 4);
  for (let i = start; i < limit; i += 1) {
    const code = text.charCodeAt(i);
    const kind = LABEL_CLASS[code] as number;
    if (kind === 0) continue;
    if (kind === LABEL_STOP) return null;
    // "https://…" and times like "10:30" are not labels.
    if (code === 0x3a && (codeInLine(text, i + 1, start, lineEnd) === 0x2f || (isAsciiDigit(codeInLine(text, i - 1, start, lineEnd)) && isAsciiDigit(codeInLine(text, i + 1, start, lineEnd))))) return null;
    const prefix = text.slice(start, i).trim();
    if (prefix.length === 0) return null;
    let content = i + 1;
    while (content < lineEnd && LABEL_SPACES.has(text.charCodeAt(content))) content += 1;
    return { prefix, contentOffset: content - start, alone: content >= lineEnd };
  }
  return null;
}

/** The label's key for counting and comparing: lowercased, simplified, without a parenthetical. */
export function labelKey(prefix: string): string {
  const key = foldHanText(stripParenthetical(prefix).toLowerCase());
  return key.includes('  ') || key.includes('\t') || key.includes('\u00a0') ? key.replace(/\s+/g, ' ') : key;
}

export function isMetadataLabel(prefix: string): boolean {
  return METADATA_LABELS.has(labelKey(prefix));
}

/** The role a label names, alone ("Host") or before a name ("主持人 Lin" → host, "Lin"). */
export function roleOf(prefix: string): { role: Role; name?: string } | null {
  const key = labelKey(prefix);
  const alone = ROLE_WORDS[key];
  if (alone) return { role: alone };
  for (const [word, role] of ROLE_PREFIXES) {
    if (key.startsWith(word)) {
      const rest = stripParenthetical(prefix).slice(word.length).replace(/^[\s·:：-]+/, '').trim();
      if (rest.length > 0 && looksLikeName(rest)) return { role, name: rest };
    }
  }
  return null;
}

/** Names listed in a guests/host metadata value ("Arthur Hayes，BitMEX 联合创始人；Kyle Samani"). */
export function participantsIn(value: string): string[] {
  const names: string[] = [];
  for (const part of value.split(/[;；、,，/]|\s+(?:and|et|&|và)\s+|[和与及]/u)) {
    const candidate = stripParenthetical(part.replace(/\s*[-–—].*$/u, '').trim());
    if (candidate.length > 0 && !ROLE_DESCRIPTION.test(candidate) && looksLikeName(candidate)) names.push(candidate);
  }
  return names;
}

/** Pronoun subjects of reporting verbs: resolved to the last named source. */
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', '他', '她', '他们', '她们', '彼', '彼女', '彼ら', '그는', '그녀는', '그', 'ông', 'bà', 'anh', 'chị', 'ông ấy', 'bà ấy', 'anh ấy', 'chị ấy', 'họ']);

/** Titles before a reported source's name in English news ("Commissioner Caroline Crenshaw", "CEO Brian Armstrong"). */
const EN_TITLES = '(?:Commissioner|Chair|Chairman|Chairwoman|Governor|President|Senator|Rep\\.|Representative|Secretary|Minister|CEO|Chief Executive|founder|Founder|co-founder|Co-founder|analyst|Analyst|economist|strategist|Professor|Dr\\.)';

const LATIN_SOURCE_NAME = "[A-ZÀ-ÝĐ][\\p{L}'’.-]*(?:\\s+(?:(?:de|da|van|von|der|du|le|la|bin|al)\\s+)?[A-ZÀ-ÝĐ][\\p{L}'’.-]*){0,3}";

/**
 * The parts of the Japanese and Korean frames that are literal words: a frame cannot match where its
 * part is missing, and a search for the part alone is far cheaper than trying the frame at every
 * position (their lazy name groups make each try read up to twenty characters), so it gates the frame.
 */
const JA_TITLE_THEN_PARTICLE = '(?:氏|さん|CEO|代表|社長|会長|総裁|副総裁|長官|大臣|議長|委員長|理事長|頭取|教授|最高経営責任者|アナリスト|ストラテジスト)(?:は|が|によると|によれば)';
const JA_ACCORDING_TO = '(?:によると|によれば)';
/**
 * A Korean report's ending: (이)라고/고/며 and a verb of saying or judging, plain or polite
 * (말했다, 밝혔습니다, 내다봤다), or a closing quote followed by 고/며 ("…있다"며 신중론을 폈다).
 */
const KO_REPORTED_VERB =
  '(?:(?:라고|고|라며|며|라면서|면서)\\s?(?:말했|밝혔|강조했|설명했|주장했|전망했|예상했|덧붙였|지적했|언급했|경고했|분석했|평가했|내다봤|진단했|전했|우려했|예측했|관측했|조언했|답했|말한|강조한|설명한|분석한|전망한|내다본)|["”’]\\s?(?:이?라)?(?:고|며|면서)\\s|것으로\\s?(?:내다봤|전망했|예상했|예측했|관측했|분석했|평가했|봤|보고 있))';
const KO_ACCORDING_TO = '에\\s?따르면';
/**
 * The Chinese frame's necessary part: its reporting verb (分析 without the frame's "not 分析师"),
 * before any of the marks its source phrase never holds, but for one comma within the first 31
 * characters. The gate looks for the verb there without the frame's nested lazy groups.
 */
const ZH_VERB_BEFORE_STOPS =
  '^(?:[^，。；！？：“”"]{0,30}，)?[^，。；！？：“”"]*?(?:表示|认为|指出|称|预计|预期|预测|强调|写道|透露|坦言|坦承|直言|提到|提醒|形容|说|警告|判断|估计|相信|分析|发文|发推)';

/**
 * A Chinese source phrase (group 1), then adverbs and framing between it and the reporting verb: 也, 同时,
 * 并, 不 ("他同时提醒", "他并不认为": the source is 他), 在 X 上, then the verb.
 */
const ZH_SOURCE_THEN_VERB =
  '\\s*([^，。；！？：“”"]{1,40}?)\\s*(?:(?:也|还|则|則|更|亦|又|并|同时|随后|进一步|此前|先前|之前|早前|稍早|普遍|一致|纷纷|曾经|曾|多次|再次|近日|日前|近期|今日|不|并不|并未|撰文|发文|在[^，。；！？：“”"]{1,16}?(?:时|中|上))\\s*)*(?:表示|认为|指出|称|预计|预期|预测|强调|写道|透露|坦言|坦承|直言|提到|提醒|形容|说|警告|判断|估计|相信|分析(?!师)|发文|发推)';

/** Reported-speech frames per language; group 1 is the source. */
const REPORT_FRAMES: Record<LexiconLang, RegExp[]> = {
  en: [
    new RegExp(`^(?:(?:But|And|However|Meanwhile|Still),?\\s+)?(?:[A-Z][\\p{L}&.-]*['’]s\\s+|${EN_TITLES}\\s+)?(${LATIN_SOURCE_NAME}|He|She|They)(?:\\s+(?:of|at|from)\\s+(?:the\\s+)?[A-Z0-9][\\p{L}\\d&.-]*(?:\\s+[A-Z0-9][\\p{L}\\d&.-]*){0,3})?(?:,\\s+[^,]{1,80},)?\\s+(?:also\\s+|further\\s+|previously\\s+)?(?:said|says|expects|expected|believes|believed|thinks|thought|predicts|predicted|argues|argued|noted|notes|wrote|writes|told|warned|warns|estimates|estimated|forecasts|projects|claimed|claims|stated|added|explained|pointed out|suggested|suggests|reckons|maintains|insists|emphasized|emphasised|stressed|highlighted|observed|tweeted|posted|sees|views|remains|dissented|cautioned|acknowledged|likes to say|testified|conceded|admitted)\\b`, 'u'),
    new RegExp(`\\b[Aa]ccording to (?:(?:analysts?|CEO|founder|co-founder|partner|economist|strategist|researcher)\\s+(?:at\\s+\\S+\\s+)?)?(${LATIN_SOURCE_NAME})`, 'u'),
    new RegExp(`[,，]["”’]?\\s*(?:said|says|wrote|writes|added|noted|argued|told \\S+)\\s+(?:${EN_TITLES}\\s+)?(${LATIN_SOURCE_NAME})`, 'u'),
  ],
  fr: [
    new RegExp(`^(?:[^,«»“”"]{1,60},\\s+){0,2}(${LATIN_SOURCE_NAME}|Il|Elle|Ils|Elles)(?:,\\s+[^,]{1,80},)?,?\\s+(?:(?:a|ont)\\s+)?(?:aussi\\s+|également\\s+)?(?:estime|estiment|estimé|pense|pensent|considère|considèrent|affirme|affirmé|déclare|déclaré|prévoit|prévu|s'attend|s’attend|souligne|souligné|explique|expliqué|ajoute|ajouté|juge|jugé|croit|assure|assuré|indique|indiqué|note|noté|prédit|avance|avancé|rappelle|rappelé|insiste|insisté|met en garde|mis en garde|écrit|précise|précisé|anticipe|reste convaincu|reste convaincue|se montre|n'exclut pas|n’exclut pas|craint|redoute|prévient|table sur|mise sur|parie sur)(?!\\p{L})`, 'u'),
    new RegExp(`\\b(?:[Ss]elon|[Dd]'après|[Dd]’après)\\s+(?:(?:le|la)\\s+(?:professeur|professeure|PDG|fondateur|fondatrice|cofondateur|analyste|économiste|stratège|directeur|directrice)\\s+)?(${LATIN_SOURCE_NAME})`, 'u'),
    new RegExp(`[,，]\\s*(?:a\\s+)?(?:déclaré|expliqué|ajouté|souligné|indiqué|estimé|affirmé|précisé)\\s+(${LATIN_SOURCE_NAME})`, 'u'),
    new RegExp(`^(?:[^,«»“”"]{1,40},\\s+)?[Pp]our\\s+(${LATIN_SOURCE_NAME})\\s*,`, 'u'),
  ],
  zh: [
    new RegExp(`^(?:[^，。；！？：“”"]{0,30}?，)?${ZH_SOURCE_THEN_VERB}`, 'u'),
    /据([^，。；！？\s]{1,20}?)(?:报道|消息|称|表示|透露|数据|统计|分析)/u,
  ],
  ja: [
    new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}A-Za-z・\\s]{1,20}?)${JA_TITLE_THEN_PARTICLE}`, 'u'),
    new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}A-Za-z・\\s]{1,20}?)${JA_ACCORDING_TO}`, 'u'),
  ],
  ko: [
    // The words before the first quote; koreanPerson picks the person out of them.
    new RegExp(`^(?:(?:반면|한편|또한|특히|그러나|하지만|다만|이에 대해|이와 관련해|앞서)\\s+)?([^"“”‘’]{1,80})[^]*?${KO_REPORTED_VERB}`, 'u'),
    new RegExp(`([가-힣A-Za-z\\s]{1,20}?)${KO_ACCORDING_TO}`, 'u'),
  ],
  vi: [
    new RegExp(`\\b[Tt]heo\\s+(?:(?:ông|bà|CEO|nhà sáng lập|chuyên gia|nhà phân tích)\\s+)?(${LATIN_SOURCE_NAME})`, 'u'),
    new RegExp(`^(?:[^,]{1,30},\\s+)?(${LATIN_SOURCE_NAME}|Ông|Bà|Anh|Chị|Họ|ông|bà|anh|chị|họ)(?:,\\s+[^,]{1,100},)?\\s+(?:cũng\\s+|vẫn\\s+)?(?:cho rằng|cho biết|nhận định|dự đoán|nói|khẳng định|nhấn mạnh|tin rằng|kỳ vọng|ước tính|chia sẻ|tuyên bố|cảnh báo|viết)`, 'u'),
  ],
};

/**
 * The Chinese frame from the sentence's first word, without a lead-in clause: the frame above reads a
 * first clause as a lead-in when a later one has a verb too ("币安创始人赵长鹏在 X 上发文称，他不认为…"
 * gives 他), and a regex tries no other split once it has matched.
 */
const ZH_NO_LEAD_IN = new RegExp(`^${ZH_SOURCE_THEN_VERB}`, 'u');

/** Per language, a gate for each frame (same index) that has one: the frame is tried only where its gate matches. */
const FRAME_GATES: Partial<Record<LexiconLang, RegExp[]>> = {
  zh: [new RegExp(ZH_VERB_BEFORE_STOPS, 'u')],
  ja: [new RegExp(JA_TITLE_THEN_PARTICLE, 'u'), new RegExp(JA_ACCORDING_TO, 'u')],
  ko: [new RegExp(KO_REPORTED_VERB, 'u'), new RegExp(KO_ACCORDING_TO, 'u')],
};

/** Each frame of a language with its gate, for the test that a frame never matches where its gate does not. */
export function reportFrames(lang: LexiconLang): ReadonlyArray<{ frame: RegExp; gate?: RegExp }> {
  return REPORT_FRAMES[lang].map((frame, index) => {
    const gate = FRAME_GATES[lang]?.[index];
    return gate ? { frame, gate } : { frame };
  });
}

/**
 * Openings that carry on the words of the source named just before: a new quoted sentence, "His/Her
 * …" (en), "Selon lui" (fr), "Theo ông" (vi). Pronoun subjects of a reporting verb ("他认为") are
 * read by the frames above.
 */
const CONTINUATION = /^(?:["“«「『]|(?:His|Her)\s|(?:[Ss]elon|[Pp]our|[Dd]['’]après)\s+(?:lui|elle)\b|[Tt]heo\s+(?:ông|bà|anh|chị)\b)/u;

/** Whether a sentence goes on with the last named source's words rather than naming one itself. */
export function continuesSource(sentence: string): boolean {
  return CONTINUATION.test(sentence);
}

/** Courtesy titles before a name in Vietnamese and French reporting ("Ông Nguyễn Văn A", "M. Dupont"). */
const HONORIFIC = /^(?:Ông|Bà|Anh|Chị|M\.|Mme|Mr\.|Mrs\.|Ms\.|Dr\.)\s+/u;

/** Subjects of reporting verbs that name no one ("analysts", "市场", "the report"). */
const GENERIC_SOURCES = /^(?:analysts?|experts?|investors?|traders?|observers?|critics?|some|many|others|people|the report|reports?|data|it|this|that|we|i|you|les analystes|les experts|certains|beaucoup|on|nous|je|vous|cela|ce|分析师|专家|业内人士|市场|报告|数据|有人|很多人|不少人|我们|我|你|大家|外界|机构|投资者|研究|业内|人们|官方|消息人士|文章|该报告|市场人士|有分析|分析人士|交易员|有交易员|业者|有业者|平台|该平台|项目方|团队|该公司|公司|观察人士|乐观派|悲观派|并|并且|同时|多头|空头|同社|同行|当局|笔者|筆者|作者|本文|アナリスト|専門家|市場|애널리스트|전문가|시장|chuyên gia|nhà phân tích|báo cáo|dữ liệu|thị trường|nhiều người|chúng tôi|tôi|theo)$/iu;

/**
 * Endings that make a source an organisation, not a person (a speaker is always a person): firms,
 * banks, regulators, associations ("宏邦投顧", "日本暗号資産等取引業協会", "Bloomberg Intelligence").
 * Matched on the lowercased, simplified source; a one-character ending (部, 局, 会) needs two before it,
 * so surnames such as 阿部 stay names.
 */
const ORGANISATION_END =
  /(?:公司|集团|银行|协会|委员会|交易所|基金会|基金|资本|研究院|研究所|机构|证券|投顾|投信|金管会|央行|政府|協会|取引所|証券|財団|機構|은행|협회|위원회|거래소|연구소|증권|금융원|그룹|\b(?:capital|labs|research|bank|group|fund|foundation|ventures|partners|intelligence|securities|association|commission|exchange|inc\.?|ltd|llc|digital|analytics|markets|management|advisors|holdings)|.{2,}[部局署厅庁会社省])$/u;

/** Vietnamese organisations open with what they are ("Ngân hàng Nhà nước", "Ủy ban Chứng khoán", "Công ty …"). */
const ORGANISATION_START = /^(?:ngân hàng|ủy ban|công ty|quỹ|tập đoàn|hiệp hội|bộ|sở)\s/u;

/**
 * An unnamed employee, camp or group ("…관계자", "…发言人", "悲观派", "部分业者", "多位分析师"), a
 * news source ("市场消息") or the police and prosecutors ("警方"): never a named person.
 */
const UNNAMED_EMPLOYEE = /관계자$|发言人$|人士$|官员$|负责人$|派$|消息$|^(?:部分|一些|多位|多名|多家|不少|许多|有些|某些|一位|一名|几位|几名|另一位)|^(?:警方|检方|院方)$/u;

/** Chinese role words before a name in a source phrase ("BitMEX 联合创始人 Arthur Hayes", "贝莱德 CEO 拉里·芬克"). */
const ZH_ROLE_BEFORE_NAME = /(?:主委|主任委员|局长|部长|行长|署长|议员|市长|委员|副总裁|发言人|创始人|联合创始人|联创|首席执行官|总参谋长|参谋长|首席\S{0,4}官|CEO|CTO|COO|CIO|总裁|主席|合伙人|分析师|研究员|负责人|总监|经济学家|策略师|教授|创办人|董事长|总经理|主管|交易员|投资人|作者|博士|经理|营运长|执行长|财务长|技术长|董事|律师|顾问|主任|理事长|会长|秘书长|院长)\s*/gu;

/** Reduces a source phrase to the person's name: what follows the last role word, or a trailing Latin name. */
export function sourceName(phrase: string): string {
  let name = phrase.trim();
  // Role words are matched on simplified characters; the name is cut from the text as written.
  const folded = foldHanText(name);
  let lastRoleEnd = -1;
  ZH_ROLE_BEFORE_NAME.lastIndex = 0;
  for (let match = ZH_ROLE_BEFORE_NAME.exec(folded); match; match = ZH_ROLE_BEFORE_NAME.exec(folded)) lastRoleEnd = match.index + match[0].length;
  if (lastRoleEnd > 0 && lastRoleEnd < name.length) name = name.slice(lastRoleEnd);
  const latin = /([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})$/u.exec(name);
  if (latin?.[1]) return latin[1];
  return name;
}

/** Chinese connectives and "according to" that a source phrase may start with ("不过他", "据业者"). */
const ZH_LEADING_CONNECTIVE = /^(?:不过|但是|但|而且|而|另外|此外|同时|然而|根据|据)\s*/u;

function stripLeadingConnective(phrase: string): string {
  const match = ZH_LEADING_CONNECTIVE.exec(foldHanText(phrase));
  return match ? phrase.slice(match[0].length) : phrase;
}

/** Korean titles after the name and the organisation ("이서연 하나금융연구소 연구위원"): the name is the first word. */
const KO_TITLE_END = /(?:위원|총재|원장|위원장|의장|장관|행장|회장|사장|대표|이사|교수|연구원|애널리스트|센터장|본부장|팀장|부장|국장|청장|소장)$/u;

/** A source phrase reduced to the name: no courtesy title, no sentence's full stop, no Korean title and organisation after it. */
function cleanName(phrase: string, lang: LexiconLang): string {
  const unstyled = phrase.replace(HONORIFIC, '');
  // The full-stop pattern reads the whole name before failing: asked only of names that end with one.
  const name = unstyled.endsWith('.') ? unstyled.replace(/(\p{L}{2,})\.$/u, '$1') : unstyled;
  if (lang === 'ko' && /\s/.test(name) && KO_TITLE_END.test(name)) return name.split(/\s+/u)[0] ?? name;
  return name;
}

/** Common Korean surnames (one syllable; two-syllable ones below): a three-syllable word starting with one may be a name. */
const KO_SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉']);
const KO_TWO_SYLLABLE_SURNAME = /^(?:남궁|황보|제갈|선우|독고|사공)[가-힣]{2}$/u;
/** Three-syllable words that start like a surname but name a group or a body, never a person. */
const KO_NOT_NAMES = new Set(['전문가', '이용자', '이사회', '소비자', '위원회', '조사단', '연구진', '관계자', '신용도', '유동성', '이들은']);
/** Titles and roles after a Korean source's name (김태현 연구원은, 이창용 총재는, 김민수 씨는), or the word ending in one (정책위원). */
const KO_TITLE = /(?:총재|원장|위원장|위원|의장|대통령|장관|행장|회장|사장|대표|이사|교수|연구원|애널리스트|센터장|본부장|팀장|부장|국장|청장|소장|실장|총괄|의원|대변인|이코노미스트|전략가|창업자|경영자|CEO|CTO|CIO|매니저|변호사|파트너|고문|기자|씨)$/u;
/** Subject and topic particles that end the source phrase. */
const KO_SUBJECT_PARTICLE = /(?:은|는|이|가)$/u;
const KO_FIRST_PERSON = new Set(['저', '나', '제', '우리', '저희']);
/** Endings of a word that modifies the noun after it (이끄는, 설립한, 창업자인, 전): a described person follows. */
const KO_ADNOMINAL_END = /(?:는|한|인|던|의)$/u;
/** Object, place and direction particles: a word ending in one is no first name. */
const KO_NOT_FIRST_NAME_END = /(?:를|을|에|에서|로|으로)$/u;
const KO_PRONOUNS = new Set(['그', '그녀', '그들']);
/** How many words of a Korean sentence the source phrase may take (org, name, two-word title, …). */
const KO_SOURCE_WORDS = 8;

function isKoreanName(word: string): boolean {
  return (/^[가-힣]{3}$/u.test(word) && KO_SURNAMES.has(word.charAt(0)) && !KO_NOT_NAMES.has(word)) || KO_TWO_SYLLABLE_SURNAME.test(word);
}

/** Subjects that are places, bodies or groups, never a foreign person's name (미국 정부는, 국내 업계는). */
const KO_COMMON_SUBJECTS = new Set(['정부', '당국', '업계', '시장', '국내', '해외', '미국', '한국', '중국', '일본', '홍콩', '유럽', '국회', '검찰', '경찰', '법원', '업체', '회사', '기업', '금융', '투자', '자산', '리서치', '보고서', '관계자', '전문가', '투자자']);

/** Endings of compound nouns for a field or a unit (디지털자산, 가상자산, 리서치센터): no part of a name. */
const KO_NOUN_END = /(?:자산|시장|금융|투자|사업|부문|담당|본부|센터|전략|정책|업계|당국)$/u;

/** A word of a transliterated foreign name (마이클, 세일러): Hangul only, not a possessive, plural, organisation or common subject. */
function isForeignNameWord(word: string): boolean {
  return /^[가-힣]{2,5}$/u.test(word) && !/[의들]$/u.test(word) && !ORGANISATION_END.test(word) && !KO_COMMON_SUBJECTS.has(word) && !KO_NOUN_END.test(word);
}

interface KoWord {
  text: string;
  /** Offset in the source phrase. */
  start: number;
}

/** A candidate name: its text and offset in the phrase. */
interface KoName {
  name: string;
  start: number;
}

/** Whether `phrase[start, end)` is (part of) a name the entity tagger found: an organisation, not a person. */
export type EntityAt = (start: number, end: number) => boolean;

function nameOf(phrase: string, first: KoWord, last: KoWord): KoName {
  return { name: phrase.slice(first.start, last.start + last.text.length), start: first.start };
}

/** The first candidate that is no tagged entity ("래리 핑크 블랙록 CEO": 핑크 블랙록 holds 블랙록, 래리 핑크 does not). */
function firstPerson(candidates: KoName[], entityAt: EntityAt | undefined): KoName | undefined {
  return candidates.find((candidate) => !entityAt?.(candidate.start, candidate.start + candidate.name.length));
}

/**
 * The person a Korean source phrase names: the words before the first particle-marked title or name
 * ("삼성증권 김태현 연구원은", "이 총재는", "마이클 세일러 회장은", "이창용은", "비탈릭 부테린은");
 * a first-person subject names no one, 그는 is a pronoun. Organisations and unnamed employees give nothing here.
 */
function koreanPerson(phrase: string, entityAt: EntityAt | undefined): { name?: string; start?: number; pronoun?: boolean } | undefined {
  const words: KoWord[] = [];
  for (const match of phrase.matchAll(/\S+/gu)) {
    words.push({ text: match[0], start: match.index });
    if (words.length === KO_SOURCE_WORDS) break;
  }
  for (let index = 0; index < words.length; index += 1) {
    const word = (words[index] as KoWord).text;
    const bare = word.replace(KO_SUBJECT_PARTICLE, '');
    if (KO_FIRST_PERSON.has(bare) || KO_FIRST_PERSON.has(word.replace(/가$/u, ''))) return undefined;
    if (KO_PRONOUNS.has(bare) && bare !== word) return { pronoun: true };
    if (bare === word || bare.length === 0) {
      if (index + 1 === words.length && KO_TITLE.test(word)) return firstPerson(namesBeforeTitle(phrase, words, index), entityAt);
      continue;
    }
    if (KO_TITLE.test(bare)) return firstPerson(namesBeforeTitle(phrase, words, index), entityAt);
    const head: KoWord = { text: bare, start: (words[index] as KoWord).start };
    // The first name opens the sentence, or follows a clause describing the person (베이스를 이끄는
    // 제시 폴락은); a word with an object or place particle (베이스를) is no first name.
    const firstAt = index === 1 || (index >= 2 && KO_ADNOMINAL_END.test((words[index - 2] as KoWord).text)) ? index - 1 : -1;
    const opening = firstAt >= 0 && !KO_NOT_FIRST_NAME_END.test((words[firstAt] as KoWord).text) ? (words[firstAt] as KoWord) : undefined;
    // "비탈릭 부테린은": a first and last name opening the sentence with the topic particle (분석가 is a word, not 분석 + 가).
    const topic = /[은는]$/u.test(word);
    if (opening && topic && isForeignNameWord(opening.text) && (isKoreanName(bare) || isForeignNameWord(bare))) return firstPerson([nameOf(phrase, opening, head)], entityAt);
    if (isKoreanName(bare)) return firstPerson([{ name: bare, start: head.start }], entityAt);
  }
  return undefined;
}

/** Words that open a two-word title (리서치 총괄, 수석 연구원, 공동 창업자): not part of the name before them. */
const KO_TITLE_PREFIX = new Set(['리서치', '수석', '선임', '책임', '공동', '글로벌', '아시아', '전략', '투자', '정책', '부']);

/**
 * The names the words before the title at `title` may hold, most likely first: a Korean name right
 * before it (삼성증권 김태현 연구원), a foreign first and last name (마이클 세일러 회장; 래리 핑크
 * 블랙록 CEO), a Korean name a few words back (정민호 자본시장연구원 연구위원; 이창용 한은 총재),
 * a surname alone (이 총재), or one foreign word (세일러 회장, a surname named in full before).
 */
function namesBeforeTitle(phrase: string, words: KoWord[], title: number): KoName[] {
  let end = title;
  while (end > 0 && KO_TITLE_PREFIX.has((words[end - 1] as KoWord).text)) end -= 1;
  const names: KoName[] = [];
  const last = words[end - 1];
  if (last === undefined) return names;
  if (isKoreanName(last.text)) names.push({ name: last.text, start: last.start });
  // A Korean name opening the phrase is the person; words after it are where they work
  // (안유화 성균관대 중국대학원 교수), not a foreign name.
  const opensWithKoreanName = end >= 3 && isKoreanName((words[0] as KoWord).text);
  for (let pairEnd = end - 1; pairEnd >= Math.max(1, end - 2) && !opensWithKoreanName; pairEnd -= 1) {
    const second = words[pairEnd] as KoWord;
    const first = words[pairEnd - 1] as KoWord;
    // A short word after a Korean name is an organisation's short form (한은), not a foreign surname.
    const koreanThenShort = isKoreanName(first.text) && second.text.length <= 2;
    if (!koreanThenShort && isForeignNameWord(first.text) && isForeignNameWord(second.text) && !isKoreanName(second.text)) names.push(nameOf(phrase, first, second));
  }
  for (let index = end - 2; index >= Math.max(0, end - 3); index -= 1) {
    const word = words[index] as KoWord;
    if (isKoreanName(word.text)) names.push({ name: word.text, start: word.start });
  }
  if (last.text.length === 1 && KO_SURNAMES.has(last.text)) names.push({ name: last.text, start: last.start });
  if (isForeignNameWord(last.text)) names.push({ name: last.text, start: last.start });
  return names;
}

/** Whether a source phrase reduced to `name` (`key`: lowercased, simplified) names a person: not a group, an organisation or a phrase. */
function isPersonSource(name: string, key: string, lang: LexiconLang): boolean {
  if (PRONOUN_SOURCES.has(key) || GENERIC_SOURCES.test(key) || (name.length < 2 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(name))) return false;
  if (ORGANISATION_END.test(key) || ORGANISATION_START.test(key) || UNNAMED_EMPLOYEE.test(key)) return false;
  return !(lang === 'zh' && (CJK_NON_NAME_CHARS.test(foldHanText(name)) || (name.length > 12 && /\p{Script=Han}/u.test(name))));
}

/** A person named as source by one Chinese frame, or undefined (no match, a pronoun, a group or an organisation). */
function reportedSourceFrom(sentence: string, read: string, frame: RegExp): { name: string; offset?: number } | undefined {
  const match = frame.exec(read);
  const group = match?.[1];
  if (!match || !group?.trim()) return undefined;
  const at = match.index + match[0].indexOf(group);
  const name = sourceName(stripLeadingConnective(sentence.slice(at, at + group.length).trim()));
  const key = foldHanText(name.toLowerCase());
  if (!isPersonSource(name, key, 'zh')) return undefined;
  const offset = sentence.indexOf(name, match.index);
  return offset >= 0 ? { name, offset } : { name };
}

/**
 * The source a reported-speech sentence names, or a pronoun ("he", "他") to resolve against the last
 * named source; `undefined` when the sentence reports no one.
 */
export function reportedSource(sentence: string, lang: LexiconLang, entityAt?: EntityAt): { name?: string; pronoun?: boolean; offset?: number } | undefined {
  // Chinese frames are written in simplified characters; folding keeps every offset.
  const read = lang === 'zh' ? foldHanText(sentence) : sentence;
  const frames = REPORT_FRAMES[lang];
  const gates = FRAME_GATES[lang];
  for (let index = 0; index < frames.length; index += 1) {
    const gate = gates?.[index];
    if (gate && !gate.test(read)) continue;
    const match = (frames[index] as RegExp).exec(read);
    const group = match?.[1];
    if (!match || !group?.trim()) continue;
    const at = match.index + match[0].indexOf(group);
    const raw = sentence.slice(at, at + group.length).trim();
    const rawStart = at + group.length - group.trimStart().length;
    const person = lang === 'ko' ? koreanPerson(raw, entityAt && ((start, end) => entityAt(rawStart + start, rawStart + end))) : { name: raw };
    if (person?.pronoun) return { pronoun: true };
    if (!person?.name) continue;
    const name = cleanName(lang === 'zh' ? sourceName(stripLeadingConnective(raw)) : person.name, lang);
    const key = foldHanText(name.toLowerCase());
    if (PRONOUN_SOURCES.has(key)) {
      // A pronoun after a lead-in clause that has a source of its own ("赵长鹏发文称，他不认为…"): that source speaks.
      if (lang === 'zh' && index === 0) {
        const own = reportedSourceFrom(sentence, read, ZH_NO_LEAD_IN);
        if (own) return own;
      }
      return { pronoun: true };
    }
    if (!isPersonSource(name, key, lang)) continue;
    const offset = sentence.indexOf(name, match.index);
    return offset >= 0 ? { name, offset } : { name };
  }
  return undefined;
}
