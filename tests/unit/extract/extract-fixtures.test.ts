import { describe, expect, it } from 'vitest';
import { ArticleAlignment } from '../../../utils/anchoring/article-alignment';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { findPageParts } from '../../../utils/extract/page-meta';
import type { ExtractedArticle } from '../../../utils/extract/types';
import { techflow } from '../../../utils/site';
import { pageFixtures } from '../../fixtures/pages/fixtures';
import { articleOf, expectConsistentOffsets, extractedFixture, extractFixture } from './helpers';

const articleFixtures = pageFixtures.filter((fixture) => fixture.isArticle);
const refusedFixtures = pageFixtures.filter((fixture) => !fixture.isArticle);

function blockTexts(article: ExtractedArticle, type?: string): string[] {
  return article.blocks.filter((block) => !type || block.type === type).map((block) => block.text);
}

function spokenBy(article: ExtractedArticle, speaker: string): string[] {
  return article.blocks.filter((block) => block.type === 'paragraph' && block.speaker === speaker).map((block) => block.text);
}

describe('every article fixture', () => {
  it.each(articleFixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: is extracted under its canonical key, with consistent offsets, every block found in the live page',
    (name, fixture) => {
      const { result, doc } = extractFixture(name);
      const article = articleOf(result);
      expect(article.key).toBe(fixture.key);
      expect(article.url).toBe(fixture.url);
      expect(article.blocks.length).toBeGreaterThan(0);
      expectConsistentOffsets(article);
      const root = findPageParts(doc, techflow).container ?? doc.body;
      const alignment = new ArticleAlignment(article.text, article.blocks, buildTextIndex(root).text);
      expect(alignment.alignedBlocks).toBe(article.blocks.length);
    },
  );

  it.each(articleFixtures.map((fixture) => [fixture.name] as const))('%s: keeps no footer boilerplate or branding', (name) => {
    const article = extractedFixture(name);
    expect(article.text).not.toMatch(/t\.me\/TechFlowDaily|x\.com\/TechFlowPost|官方社群|communauté officielle|official TechFlow community|公式コミュニティ|공식 커뮤니티|cộng đồng chính thức/);
    expect(article.text).not.toMatch(/TechFlow Selected|深潮精选|TechFlow Sélection|深潮 TechFlow 消息/);
  });
});

describe('pages that are not articles', () => {
  it.each(refusedFixtures.map((fixture) => [fixture.name, fixture] as const))('%s: refused with its reason', (name, fixture) => {
    const { result } = extractFixture(name);
    expect(result).toMatchObject({ ok: false, reason: fixture.reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('fr-FR podcast transcript', () => {
  const article = extractedFixture('fr-FR-podcast');

  it('reads the podcast notes into metadata and out of the text', () => {
    expect(article).toMatchObject({
      lang: 'fr',
      compilers: ['TechFlow'],
      guests: ['Léa Marchand', 'Tomás Ferreira'],
      hosts: ['David Okafor'],
      source: 'The Onchain Hour',
      originalTitle: 'Will AI Agents Eat Crypto? Stablecoins, Base, Solana and the Agent Economy',
      date: '2025-03-12',
      dateText: '12 mars 2025',
      method: 'readability',
    });
    expect(article.text).not.toMatch(/Préparation et traduction|Source du podcast|Date de diffusion|Invités :/);
  });

  it('keeps the lead once, first, as a quote', () => {
    expect(article.blocks[0]).toMatchObject({ type: 'quote', text: article.lead });
    expect(article.text.split(article.lead ?? '-').length).toBe(2);
  });

  it('keeps the summary sections as headings whose paragraphs have no speaker', () => {
    const summary = article.blocks.filter((block) => block.section === 'Résumé des points clés');
    expect(summary[0]).toMatchObject({ type: 'heading', text: 'Résumé des points clés' });
    expect(summary.some((block) => block.text.startsWith('Tomás Ferreira : Solana reste'))).toBe(true);
    expect(summary.every((block) => block.speaker === undefined)).toBe(true);
    const highlights = article.blocks.filter((block) => block.section === 'Synthèse des idées fortes');
    expect(highlights.length).toBeGreaterThan(3);
    expect(highlights.every((block) => block.speaker === undefined)).toBe(true);
  });

  it('gives every transcript paragraph its speaker, for labels alone (also after a no-break space) and inline', () => {
    const labels = article.blocks.filter((block) => block.type === 'speaker-label');
    expect(new Set(labels.map((block) => block.speaker))).toEqual(new Set(['David Okafor', 'Léa Marchand', 'Tomás Ferreira']));
    expect(spokenBy(article, 'Léa Marchand')).toContain("Merci David, ravie d'être là.");
    expect(spokenBy(article, 'Léa Marchand').some((text) => text.startsWith('À la base, un agent IA'))).toBe(true);
    expect(spokenBy(article, 'Tomás Ferreira').some((text) => text.startsWith('Merci pour l\'invitation'))).toBe(true);
    expect(spokenBy(article, 'David Okafor').some((text) => text.startsWith('Bienvenue dans The Onchain Hour'))).toBe(true);
    const transcript = article.blocks.filter((block) => block.type === 'paragraph' && block.section === 'Base, le pari de Coinbase');
    expect(transcript.every((block) => block.speaker !== undefined)).toBe(true);
  });

  it('keeps the section headings of the transcript', () => {
    expect(blockTexts(article, 'heading')).toEqual([
      'Résumé des points clés',
      'Synthèse des idées fortes',
      "Pourquoi les agents IA ont besoin d'une blockchain",
      'Base, le pari de Coinbase',
      'Solana et la course à la vitesse',
      'Bittensor et les tokens IA : bulle ou infrastructure ?',
      'Le Bitcoin, les ETF et la politique américaine',
      'La réglementation, un accélérateur inattendu',
      "L'expérience utilisateur, le vrai goulot d'étranglement",
      'Les agents et la finance décentralisée',
      'La tokenisation des actifs réels',
      'Les questions des auditeurs',
      'Prévisions pour les deux prochaines années',
    ]);
    expect(article.blocks.filter((block) => block.type === 'heading').every((block) => block.level === 2 || block.level === 3)).toBe(true);
  });
});

describe('zh-CN podcast transcript', () => {
  const article = extractedFixture('zh-CN-podcast');

  it('reads 嘉宾, 主持人, 播客源, 原标题, 播出日期 and 原文链接', () => {
    expect(article).toMatchObject({
      lang: 'zh-CN',
      compilers: ['深潮TechFlow'],
      guests: ['陈墨', 'Sam Rivera'],
      hosts: ['Jack Lin'],
      source: 'Crypto Frontier',
      originalTitle: "Will AI Agents Become Ethereum's Biggest Users?",
      date: '2024-11-08',
      dateText: '2024年11月8日',
      sourceUrl: 'https://www.cryptofrontier.example/episodes/ai-agents-ethereum',
    });
    expect(article.text).not.toMatch(/整理 & 编译|播客源|播出日期|原文链接/);
  });

  it('resolves "主持人 Jack：", "Sam：" and "嘉宾 Sam Rivera：" to the full names from the notes', () => {
    const speakers = new Set(article.blocks.filter((block) => block.type === 'speaker-label').map((block) => block.speaker));
    expect(speakers).toEqual(new Set(['Jack Lin', '陈墨', 'Sam Rivera']));
    expect(spokenBy(article, 'Jack Lin')[0]).toMatch(/^欢迎收听本期 Crypto Frontier/);
    expect(spokenBy(article, 'Sam Rivera')).toContain('这有点像当年的以太网：协议无处不在，但没有人因为“持有以太网”而发财，赚钱的是思科和后来建在上面的公司。');
    expect(spokenBy(article, 'Sam Rivera').some((text) => text.startsWith('2017 年的 ICO'))).toBe(true);
  });

  it('keeps 要点总结 lines such as "陈墨：…" as unattributed summary text', () => {
    const line = article.blocks.find((block) => block.text.startsWith('陈墨：以太坊会成为'));
    expect(line).toMatchObject({ type: 'paragraph', section: '要点总结' });
    expect(line?.speaker).toBeUndefined();
  });
});

describe('zh-CN research article', () => {
  const article = extractedFixture('zh-CN-research');

  it('reads the grey credit lines around the body', () => {
    expect(article).toMatchObject({ authors: ['Kairos Research'], compilers: ['深潮 TechFlow'], date: '2024-12-16' });
  });

  it('drops the body copy of the lead', () => {
    expect(article.blocks[0]?.type).toBe('quote');
    expect(article.blocks.filter((block) => block.text === article.lead)).toHaveLength(1);
  });

  it('keeps h2, h3 and bold-paragraph headings, with sections', () => {
    expect(blockTexts(article, 'heading')).toEqual([
      '一、市场现状：2000 亿美元的新支付网络',
      '二、主要玩家',
      '1. USDT：流动性之王',
      '2. USDC：合规路线',
      '2.1 USDC 的增长引擎',
      '3. PYUSD 与传统支付巨头',
      '三、收益模式：稳定币发行方其实是一家“银行”',
      '四、监管：从灰色地带走向持牌经营',
      '五、我们的判断',
    ]);
    expect(article.blocks.find((block) => block.text.startsWith('第一，我们预计'))?.section).toBe('五、我们的判断');
    expect(blockTexts(article, 'list-item')).toHaveLength(3);
    expect(blockTexts(article)).toContain('USDT Tether 1400 TRON、以太坊');
  });
});

describe('zh-CN newsflash', () => {
  it('cuts the "深潮 TechFlow 消息，" by-line and keeps the news', () => {
    const article = extractedFixture('zh-CN-newsflash');
    expect(article.blocks[0]?.text).toMatch(/^11 月 12 日，据 CoinDesk 报道/);
    expect(article.blocks).toHaveLength(2);
    expect(article.lead).toBeUndefined();
    expect(article.key).toBe('techflow:zh-CN:newsletter:201245');
  });
});

describe('very short CJK articles', () => {
  it('extracts all seven zh-CN paragraphs of a 150-character article', () => {
    const article = extractedFixture('zh-CN-short');
    expect(article.blocks).toHaveLength(7);
    expect(article.text.replace(/\s/g, '').length).toBeGreaterThan(120);
    expect(article.blocks.at(-1)?.text).toBe('按目前进度，下一次升级 Fusaka 预计明年上线。');
    expect(article.lang).toBe('zh-CN');
  });

  it('extracts the three ko-KR sentences and their author', () => {
    const article = extractedFixture('ko-KR-short');
    expect(blockTexts(article)).toEqual([
      '비트코인 현물 ETF에 하루 만에 10억 달러가 유입되었다.',
      '블랙록의 IBIT가 유입액의 대부분을 차지했다.',
      '업계는 연말까지 비트코인이 10만 달러를 돌파할 것으로 예상한다.',
    ]);
    expect(article).toMatchObject({ authors: ['김서연'], lang: 'ko' });
  });
});

describe('en-US interview', () => {
  const article = extractedFixture('en-US-interview');

  it('reads credits, guest, host, source and air date', () => {
    expect(article).toMatchObject({
      lang: 'en',
      authors: ['Nathan Cole'],
      compilers: ['TechFlow'],
      guests: ['Priya Nair'],
      hosts: ['Ben Carter'],
      source: 'Onchain Signals',
      date: '2025-01-21',
    });
  });

  it('attributes "Host:" turns to the one host the notes name', () => {
    expect(spokenBy(article, 'Ben Carter')[0]).toMatch(/^Priya, thanks for joining us/);
    expect(spokenBy(article, 'Priya Nair').some((text) => text.includes('compound interest'))).toBe(true);
    const takeaways = article.blocks.filter((block) => block.section === 'Key takeaways');
    expect(takeaways.every((block) => block.speaker === undefined)).toBe(true);
  });
});

describe('ja-JP research article with an interview', () => {
  it('reads 著者 and 編訳, keeps headings, and splits "中村：<br>…" into label and turn', () => {
    const article = extractedFixture('ja-JP-research');
    expect(article).toMatchObject({ lang: 'ja', authors: ['高橋 蓮'], compilers: ['深潮 TechFlow'] });
    expect(blockTexts(article, 'heading')).toContain('インタビュー：エージェント決済の現場から');
    expect(spokenBy(article, '中村')[0]).toMatch(/^信頼です。/);
    expect(spokenBy(article, '佐藤')[0]).toBe('エージェント決済で一番難しいのは何ですか。');
  });
});

describe('zh-TW and vi-VN articles', () => {
  it('takes 深潮導讀 as the lead of a zh-TW page without a pull quote', () => {
    const article = extractedFixture('zh-TW-mining');
    expect(article).toMatchObject({ lang: 'zh-TW', lead: '比特幣挖礦正在變成 AI 算力生意，礦企紛紛把機房改造成 GPU 資料中心。' });
    expect(article.text).not.toContain('深潮導讀');
  });

  it('reads Tác giả and Biên dịch in Vietnamese', () => {
    const article = extractedFixture('vi-VN-staking');
    expect(article).toMatchObject({ lang: 'vi', authors: ['Nguyễn Minh Anh'], compilers: ['TechFlow'] });
    expect(blockTexts(article, 'heading')).toEqual(['Lido và staking thanh khoản', 'Restaking: lợi suất cao hơn, rủi ro cao hơn', 'Kết luận']);
  });
});

describe('old ASP.NET site page', () => {
  it('finds title, credits and date without h1, article element or og tags', () => {
    const article = extractedFixture('zh-CN-legacy');
    expect(article).toMatchObject({
      title: '比特币铭文狂热：ORDI 一周十倍背后的争议',
      authors: ['吴说区块链'],
      editors: ['深潮 TechFlow'],
      date: '2023-05-12',
      lang: 'zh-CN',
      key: 'techflow:zh-CN:article:17805',
    });
    expect(article.blocks).toHaveLength(4);
    expect(article.text).not.toMatch(/上一篇|24小时热门|__VIEWSTATE/);
  });
});

describe('one article under several URL forms', () => {
  it('gives the same key and text at /article/{id} and /zh-CN/article/{id}', () => {
    const localised = extractedFixture('zh-CN-research');
    const alias = extractedFixture('zh-CN-research@alias');
    expect(alias.key).toBe(localised.key);
    expect(alias.text).toBe(localised.text);
  });
});
