/**
 * The text conventions of TechFlow articles in every site language: metadata lines, branding,
 * footer boilerplate, newsflash by-lines, summary headings and speaker roles.
 *
 * zh and fr phrases are the site's own (see shared/techflow-pages.md and the French seed article).
 * zh-TW phrases are the zh ones in traditional characters. en, ja, ko and vi phrases are
 * invented by analogy with them (no page in those languages was seen) and must be checked
 * against live pages when one can be opened.
 */
import type { MetaField, TextRules } from './adapter';

/** A phrase as compared: lower case, without any whitespace (the site's spacing varies). */
function foldPhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

const SPACE = /\s/;

/**
 * Where a folded phrase ends if `text` starts with it, spacing ignored (case-insensitive), or -1.
 * Compares code unit by code unit: every phrase is in the Basic Multilingual Plane.
 */
function foldedPrefixEnd(text: string, folded: string): number {
  let at = 0;
  for (let i = 0; i < folded.length; i++) {
    while (at < text.length && SPACE.test(text[at]!)) at++;
    if (at >= text.length || text[at]!.toLowerCase() !== folded[i]) return -1;
    at++;
  }
  return at;
}

/** Folded phrases, longest first, so the longest match wins ("主持人" before "主持"). */
function foldAll(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map(foldPhrase))].sort((a, b) => b.length - a.length);
}

/** A line without a trailing colon, folded: how headings and buttons are looked up. */
function foldLine(line: string): string {
  return foldPhrase(line).replace(/[:：]$/u, '');
}

const LABELS: Record<MetaField, readonly string[]> = {
  authors: [
    '作者', '原文作者', '撰文', '文', '撰稿',
    'Author', 'Authors', 'Written by', 'Original author', 'By',
    'Auteur', 'Auteurs', 'Auteur original', 'Rédigé par', 'Écrit par',
    '著者', '執筆', '原文著者', '筆者',
    '저자', '작성자', '글', '원문 저자', '필자',
    'Tác giả', 'Tác giả gốc', 'Người viết',
  ],
  editors: [
    '编辑', '编辑整理', '文字整理', '文稿整理', '责任编辑', '編輯', '責任編輯', '編輯整理',
    'Editor', 'Edited by', 'Editing',
    'Édition', 'Éditeur', 'Éditrice', 'Édité par', 'Rédaction', 'Relecture',
    '編集', '編集者',
    '편집', '편집자',
    'Biên tập', 'Biên tập viên',
  ],
  translators: [
    '译者', '翻译', '譯者', '翻譯',
    'Translator', 'Translated by', 'Translation',
    'Traduction', 'Traducteur', 'Traductrice', 'Traduit par',
    '翻訳', '訳者',
    '번역', '번역자',
    'Dịch giả', 'Người dịch', 'Dịch',
  ],
  compilers: [
    '编译', '原文编译', '整理 & 编译', '整理&编译', '整理与编译', '编译整理', '編譯', '原文編譯', '整理 & 編譯', '整理與編譯',
    'Compiled by', 'Compiled & translated by', 'Compiled and translated by', 'Compilation',
    'Préparation et traduction', 'Compilation et traduction', 'Compilé par',
    '編訳', '整理・翻訳', '構成・翻訳',
    '정리 및 번역', '편역', '정리·번역',
    'Biên dịch', 'Tổng hợp & biên dịch', 'Tổng hợp và biên dịch',
  ],
  guests: [
    '嘉宾', '嘉賓', '受访者', '受訪者',
    'Guest', 'Guests',
    'Invité', 'Invités', 'Invitée', 'Invitées',
    'ゲスト', '出演',
    '게스트', '출연자',
    'Khách mời',
  ],
  hosts: [
    '主持人', '主持',
    'Host', 'Hosts', 'Hosted by', 'Moderator',
    'Animateur', 'Animateurs', 'Animatrice', 'Présentateur', 'Présentatrice',
    '司会', '司会者', 'ホスト',
    '진행자', '진행', '호스트',
    'Người dẫn chương trình', 'Dẫn chương trình',
  ],
  originalTitle: [
    '原标题', '原文标题', '原標題', '原文標題',
    'Original title', 'Original headline',
    'Titre original', "Titre d'origine",
    '原題', '元タイトル',
    '원제', '원제목',
    'Tiêu đề gốc', 'Tựa gốc',
  ],
  source: [
    '来源', '原文来源', '播客源', '播客来源', '出处', '來源', '原文來源', '播客來源', '出處',
    'Source', 'Original source', 'Podcast source',
    'Source du podcast', 'Source originale',
    '出典', '情報源', 'ポッドキャスト元', '配信元',
    '출처', '원문 출처', '팟캐스트 출처',
    'Nguồn', 'Nguồn podcast', 'Nguồn gốc',
  ],
  sourceUrl: [
    '原文链接', '原文地址', '原文鏈接', '原文連結',
    'Original link', 'Original article', 'Link to the original',
    'Lien original', "Lien de l'article original", "Lien vers l'original",
    '原文リンク', '元記事',
    '원문 링크', '원문',
    'Liên kết gốc', 'Link gốc', 'Bài gốc',
  ],
  date: [
    '播出日期', '播出时间', '发布日期', '发布时间', '播出時間', '發布日期', '發佈日期', '發布時間', '日期',
    'Air date', 'Aired', 'Broadcast date', 'Release date', 'Published', 'Date',
    'Date de diffusion', 'Date de publication', 'Diffusé le', 'Publié le',
    '放送日', '配信日', '公開日',
    '방송일', '방송 날짜', '공개일', '방영일',
    'Ngày phát sóng', 'Ngày phát hành', 'Ngày đăng',
  ],
  intro: [
    '深潮导读', '导读', '深潮導讀', '導讀',
    'TechFlow intro', "TechFlow's note", 'TechFlow Guide',
    'Le mot de TechFlow', 'Introduction TechFlow',
    'TechFlow ガイド', '深潮ガイド',
    'TechFlow 가이드', 'TechFlow 안내',
    'Dẫn nhập TechFlow', 'Lời dẫn TechFlow',
  ],
};

const FIELD_BY_LABEL: ReadonlyMap<string, MetaField> = new Map(
  (Object.entries(LABELS) as Array<[MetaField, readonly string[]]>).flatMap(([field, labels]) =>
    labels.map((label) => [foldPhrase(label), field] as const),
  ),
);

const BRANDING = [
  'TechFlow Selected', '深潮精选', '深潮精選', 'TechFlow Sélection', 'TechFlow セレクト', '深潮セレクト',
  'TechFlow 셀렉트', 'TechFlow 엄선', 'TechFlow Tuyển chọn', 'TechFlow chọn lọc',
];

const INTERFACE = [
  '分享', '分享到', '分享至', '生成海报', '海报', '收藏', '复制链接', '分享給', '生成海報', '複製連結',
  'Share', 'Share to', 'Share on', 'Generate poster', 'Poster', 'Copy link',
  'Partager', 'Partager sur', 'Générer une affiche', 'Affiche', 'Copier le lien',
  'シェア', '共有', 'ポスターを生成', 'リンクをコピー',
  '공유', '공유하기', '포스터 생성', '링크 복사',
  'Chia sẻ', 'Tạo poster', 'Sao chép liên kết',
];

const FOOTER_OPENINGS = [
  '欢迎加入深潮 TechFlow 官方社群', '歡迎加入深潮 TechFlow 官方社群',
  'Bienvenue dans la communauté officielle TechFlow',
  'Welcome to join the official TechFlow community', 'Welcome to the official TechFlow community',
  'Join the official TechFlow community',
  '深潮 TechFlow 公式コミュニティへようこそ', 'TechFlow 公式コミュニティへようこそ',
  'TechFlow 공식 커뮤니티에 오신 것을 환영합니다', '딥타이드 TechFlow 공식 커뮤니티에 오신 것을 환영합니다',
  'Chào mừng bạn tham gia cộng đồng chính thức của TechFlow', 'Chào mừng bạn đến với cộng đồng chính thức TechFlow',
];

/** The site's own channels: a line linking to them belongs to the footer even if its wording is unknown. */
const FOOTER_CHANNELS = /t\.me\/TechFlowDaily|(?:x|twitter)\.com\/(?:TechFlowPost|BlockFlow_News)/i;

const NEWSFLASH_BYLINES = [
  '深潮 TechFlow 消息', 'TechFlow news', 'TechFlow reports', 'Selon TechFlow', 'TechFlow rapporte',
  '深潮 TechFlow ニュース', 'TechFlow ニュース', 'TechFlow 소식', 'Tin từ TechFlow', 'TechFlow đưa tin',
];

const SUMMARY_HEADINGS = [
  '要点总结', '精彩观点摘要', '核心观点', '本期要点', '内容摘要', '要點總結', '精彩觀點摘要', '核心觀點',
  'Key takeaways', 'Key points', 'Key insights', 'Highlights', 'Summary',
  'Résumé des points clés', 'Synthèse des idées fortes', 'Points clés', "Les idées fortes",
  '要点まとめ', 'ポイントまとめ', '注目の発言',
  '핵심 요약', '주요 포인트', '핵심 관점',
  'Tóm tắt điểm chính', 'Những điểm chính', 'Quan điểm nổi bật',
];

const HOST_ROLES = [
  '主持人', '主持', 'Host', 'Moderator', 'Animateur', 'Animatrice', '司会', 'ホスト', '진행자', 'MC',
  'Người dẫn chương trình',
];
const GUEST_ROLES = ['嘉宾', '嘉賓', 'Guest', 'Invité', 'Invitée', 'ゲスト', '게스트', 'Khách mời'];

const NOT_SPEAKERS = [
  '注', '注意', '提示', '备注', '附', '例如', '比如', '註', '備註',
  'Note', 'NB', 'PS', 'P.S.', 'Update', 'Example', 'Disclaimer', 'Warning',
  'Remarque', 'Exemple', 'Avertissement', 'Mise à jour',
  '注記', '例', '참고', '예', 'Lưu ý', 'Ví dụ',
];

/** Longest line that can be only branding or only a button label. */
const MAX_SHORT_LINE = 80;
/** Characters of a line's start compared with the footer openings. */
const FOOTER_OPENING_CHARS = 120;
const BYLINE_SEPARATOR = /^\s*[，,、]\s*/u;

const brandingPhrases = foldAll(BRANDING);
const interfaceTexts: ReadonlySet<string> = new Set(INTERFACE.map(foldPhrase));
const footerOpenings = foldAll(FOOTER_OPENINGS);
const newsflashBylines = foldAll(NEWSFLASH_BYLINES);
const summaryHeadings: ReadonlySet<string> = new Set(SUMMARY_HEADINGS.map(foldPhrase));
const neverSpeakers: ReadonlySet<string> = new Set(NOT_SPEAKERS.map(foldPhrase));
const roles: ReadonlyArray<readonly [string, 'host' | 'guest']> = [
  ...foldAll(HOST_ROLES).map((role) => [role, 'host'] as const),
  ...foldAll(GUEST_ROLES).map((role) => [role, 'guest'] as const),
].sort((a, b) => b[0].length - a[0].length);
const LATIN_ROLE = /^[a-z]/;

export const techflowTextRules: TextRules = {
  labelSeparators: ':：|｜丨',
  metaField: (label) => FIELD_BY_LABEL.get(foldPhrase(label)),
  isBranding(line) {
    if (line.length > MAX_SHORT_LINE) return false;
    // The site prints its label twice (desktop and mobile spans): "TechFlow SélectionTechFlow Sélection".
    let rest = foldPhrase(line);
    while (rest) {
      const phrase = brandingPhrases.find((candidate) => rest.startsWith(candidate));
      if (!phrase) return false;
      rest = rest.slice(phrase.length);
    }
    return line.trim().length > 0;
  },
  isInterfaceText: (line) => line.length <= MAX_SHORT_LINE && interfaceTexts.has(foldLine(line)),
  startsFooter(line) {
    const opening = foldPhrase(line.slice(0, FOOTER_OPENING_CHARS));
    return footerOpenings.some((phrase) => opening.startsWith(phrase)) || FOOTER_CHANNELS.test(line);
  },
  newsflashBylineLength(line) {
    for (const byline of newsflashBylines) {
      const end = foldedPrefixEnd(line, byline);
      if (end < 0) continue;
      const separator = BYLINE_SEPARATOR.exec(line.slice(end));
      if (separator) return end + separator[0].length;
    }
    return 0;
  },
  isSummaryHeading: (line) => line.length <= MAX_SHORT_LINE && summaryHeadings.has(foldLine(line)),
  speakerRole(label) {
    for (const [word, role] of roles) {
      const end = foldedPrefixEnd(label, word);
      if (end < 0) continue;
      const rest = label.slice(end);
      // "Hostess" is not "Host" + "ess": after a Latin-script role word, a space must follow.
      if (rest && LATIN_ROLE.test(word) && !/^\s/u.test(rest)) continue;
      return { role, name: rest.trim() };
    }
    return null;
  },
  isNeverSpeaker: (word) => neverSpeakers.has(foldPhrase(word)),
  stripTitleSuffix: (title) => title.replace(/\s*[-|｜_–—]\s*(?:深潮\s*)?TechFlow(?:\s*深潮)?\s*$/iu, ''),
};
