import { describe, expect, it } from 'vitest';
import { articleOf, articlePage, extractPage, paragraphs } from './helpers';

const BODY_ZH = ['比特币现货 ETF 本周净流入超过 20 亿美元，创下今年以来的单周新高。', '分析师认为，机构资金正在加速回流加密市场。'];
const BODY_LATIN = [
  'Spot bitcoin ETFs took in more than two billion dollars this week, the largest weekly inflow this year.',
  'Analysts say institutional money is flowing back into crypto markets after the election.',
];

/** Header and footer boilerplate as each edition of the site writes it (ja, ko, vi and en are invented by analogy). */
const editions: Array<{ lang: string; locale: string; body: string[]; header: string[]; footer: string[] }> = [
  {
    lang: 'zh-CN', locale: 'zh-CN', body: BODY_ZH,
    header: ['TechFlow Selected 深潮精选', '作者：Alex Xu', '编译：深潮 TechFlow'],
    footer: ['欢迎加入深潮TechFlow官方社群', 'Telegram订阅群：https://t.me/TechFlowDaily', 'Twitter官方账号：https://x.com/TechFlowPost', 'Twitter英文账号：https://x.com/BlockFlow_News'],
  },
  {
    lang: 'zh-TW', locale: 'zh-TW', body: BODY_ZH,
    header: ['TechFlow Selected 深潮精選', '作者｜Alex Xu', '編譯｜深潮 TechFlow'],
    footer: ['歡迎加入深潮 TechFlow 官方社群', 'Telegram訂閱群：https://t.me/TechFlowDaily', 'Twitter官方帳號：https://x.com/TechFlowPost'],
  },
  {
    lang: 'en-US', locale: 'en-US', body: BODY_LATIN,
    header: ['TechFlow Selected', 'Author: Alex Xu', 'Compiled by: TechFlow'],
    footer: ['Join the official TechFlow community', 'Telegram: https://t.me/TechFlowDaily', 'Twitter: https://x.com/TechFlowPost'],
  },
  {
    lang: 'fr-FR', locale: 'fr-FR', body: BODY_LATIN,
    header: ['TechFlow Sélection', 'Auteur : Alex Xu', 'Préparation et traduction : TechFlow'],
    footer: ['Bienvenue dans la communauté officielle TechFlow', 'Groupe Telegram :https://t.me/TechFlowDaily', 'Compte Twitter officiel :https://x.com/TechFlowPost', 'Compte Twitter anglais :https://x.com/BlockFlow_News'],
  },
  {
    lang: 'ja-JP', locale: 'ja-JP', body: ['ビットコイン現物ETFに今週20億ドル以上の資金が流入した。', 'アナリストは機関投資家の資金が戻りつつあると見ている。'],
    header: ['TechFlow セレクト', '著者：Alex Xu', '編訳：深潮 TechFlow'],
    footer: ['深潮 TechFlow 公式コミュニティへようこそ', 'Telegram：https://t.me/TechFlowDaily'],
  },
  {
    lang: 'ko-KR', locale: 'ko-KR', body: ['이번 주 비트코인 현물 ETF에 20억 달러 이상이 유입되었다.', '애널리스트들은 기관 자금이 돌아오고 있다고 본다.'],
    header: ['TechFlow 셀렉트', '저자: Alex Xu', '편역: TechFlow'],
    footer: ['TechFlow 공식 커뮤니티에 오신 것을 환영합니다', 'Telegram: https://t.me/TechFlowDaily'],
  },
  {
    lang: 'vi-VN', locale: 'vi-VN', body: ['Các quỹ ETF bitcoin giao ngay đã thu hút hơn hai tỷ đô la trong tuần này.', 'Các nhà phân tích cho rằng dòng tiền tổ chức đang quay trở lại thị trường.'],
    header: ['TechFlow Tuyển chọn', 'Tác giả: Alex Xu', 'Biên dịch: TechFlow'],
    footer: ['Chào mừng bạn tham gia cộng đồng chính thức của TechFlow', 'Telegram: https://t.me/TechFlowDaily'],
  },
];

describe('header and footer boilerplate are removed in every site language', () => {
  it.each(editions.map((edition) => [edition.lang, edition] as const))('%s', (_lang, edition) => {
    const html = articlePage({
      lang: edition.lang,
      title: 'ETF',
      body: paragraphs(...edition.header, ...edition.body, ...edition.footer),
    });
    const article = articleOf(extractPage(html, `https://www.techflowpost.com/${edition.locale}/article/5001`));
    expect(article.blocks.map((block) => block.text)).toEqual(edition.body);
    expect(article.authors).toEqual(['Alex Xu']);
    expect(article.compilers.length).toBe(1);
  });
});

describe('footer cut', () => {
  const url = 'https://www.techflowpost.com/zh-CN/article/5002';

  it('cuts a footer line with the site channels even when its wording is unknown', () => {
    const html = articlePage({ lang: 'zh-CN', title: 'ETF', body: paragraphs(...BODY_ZH, '关注我们的频道 https://t.me/TechFlowDaily', '更多内容') });
    expect(articleOf(extractPage(html, url)).blocks.map((block) => block.text)).toEqual(BODY_ZH);
  });

  it('keeps an early paragraph that quotes the site channel, far from the end', () => {
    const early = '读者可以在 https://t.me/TechFlowDaily 频道找到每日快讯的完整列表，我们会持续更新。';
    const long = Array.from({ length: 14 }, (_, i) => `第 ${i + 1} 段：以太坊生态持续扩张，二层网络交易量再创新高。`);
    const html = articlePage({ lang: 'zh-CN', title: 'ETF', body: paragraphs(early, ...long) });
    expect(articleOf(extractPage(html, url)).blocks[0]?.text).toBe(early);
  });

  it('reads a 原文链接 line before the footer into sourceUrl', () => {
    const html = articlePage({
      lang: 'zh-CN', title: 'ETF',
      body: paragraphs(...BODY_ZH, '原文链接：https://example.org/etf-flows', '欢迎加入深潮 TechFlow 官方社群'),
    });
    const article = articleOf(extractPage(html, url));
    expect(article.sourceUrl).toBe('https://example.org/etf-flows');
    expect(article.text).not.toContain('原文链接');
  });
});

describe('header lines', () => {
  const url = 'https://www.techflowpost.com/zh-CN/article/5003';

  it('splits two credits written on one line', () => {
    const html = articlePage({ lang: 'zh-CN', title: 'ETF', body: paragraphs('作者：Alex Xu 编辑：Lisa', ...BODY_ZH) });
    expect(articleOf(extractPage(html, url))).toMatchObject({ authors: ['Alex Xu'], editors: ['Lisa'] });
  });

  it('keeps a paragraph that starts like a credit but is a sentence', () => {
    const sentence = '来源：多家媒体的报道显示，本周比特币 ETF 净流入超过 20 亿美元，这是今年以来最高的一周，市场情绪明显回暖。';
    const html = articlePage({ lang: 'zh-CN', title: 'ETF', body: paragraphs(sentence, ...BODY_ZH) });
    expect(articleOf(extractPage(html, url)).blocks[0]?.text).toBe(sentence);
  });

  it('reads credits after an intro the same whether Readability took the pull quote in beside the body or not', () => {
    // Longer than 80 characters: Readability takes such a paragraph beside the body into its article.
    const lead = 'Spot bitcoin ETFs had their best week of the year as institutional money returned to crypto markets after the vote.';
    const intro = ['TechFlow guide: fund flows changed direction this week.', 'Below are the key figures and where they come from.'];
    const html = articlePage({ lang: 'en-US', title: 'ETF', lead, body: paragraphs(...intro, 'Author: Alex Xu', ...BODY_LATIN) });
    const article = articleOf(extractPage(html, 'https://www.techflowpost.com/en-US/article/5004'));
    expect(article.method).toBe('readability');
    expect(article.authors).toEqual(['Alex Xu']);
    expect(article.blocks.map((block) => block.text)).toEqual([lead, ...intro, ...BODY_LATIN]);
  });

  it('drops a line repeating the title', () => {
    const html = articlePage({ lang: 'zh-CN', title: '比特币 ETF 周报', body: paragraphs('比特币 ETF 周报', ...BODY_ZH) });
    expect(articleOf(extractPage(html, url)).blocks.map((block) => block.text)).toEqual(BODY_ZH);
  });
});
