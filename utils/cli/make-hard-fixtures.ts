/**
 * `npx tsx utils/cli/make-hard-fixtures.ts`: writes the hardening page fixtures to
 * `tests/fixtures/pages/` — hostile text (markup, bidi overrides, zero-width characters, very long
 * words), a megabyte paragraph, a 5 MB article, malformed HTML, an empty article and a page that
 * misleads Readability. Generated so invisible characters and sizes are explicit in code; the output
 * is committed and served like every other fixture.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../../tests/fixtures/pages/fixtures';
import {
  BIDI_OVERRIDE,
  HOSTILE_PAYLOADS,
  LONG_WORD,
  POP_DIRECTIONAL,
  ZERO_WIDTH_JOINER,
  ZERO_WIDTH_SPACE,
} from '../../tests/fixtures/pages/hostile-text';

/** Escapes text for an HTML text node or attribute: the payloads must reach the page as text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface PageParts {
  id: number;
  title: string;
  description: string;
  /** Body HTML, inserted as is inside `div.art_detail_content`. */
  bodyHtml: string;
  /** Raw HTML after the body element, inside the article element. */
  afterBody?: string;
  author?: string;
  /** `og:image`. */
  cover?: string;
}

/** A current-site (Next.js) article page, like the other fixtures but without the flight data. */
function articlePage({ id, title, description, bodyHtml, afterBody = '', author = 'Nathan Cole', cover }: PageParts): string {
  const url = `https://www.techflowpost.com/en-US/article/${id}`;
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/8a1c3e5b0d.css" data-precedence="next">
<title>${escapeHtml(title)} | 深潮 TechFlow</title>
<meta name="description" content="${escapeHtml(description)}">
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:url" content="${url}">
<meta property="og:site_name" content="深潮 TechFlow"><meta property="og:type" content="article">${cover ? `<meta property="og:image" content="${escapeHtml(cover)}">` : ''}
<link rel="canonical" href="${url}"><link rel="icon" href="/favicon.ico">
</head><body class="__className_d65c78"><div class="layout_wrap">
<header class="header_wrap"><div class="header_inner">
<a class="logo" href="/en-US" aria-label="TechFlow"><img src="/images/logo.svg" alt="深潮 TechFlow" width="120" height="32"></a>
<nav class="nav_list"><a href="/en-US">Home</a><a href="/en-US/newsletter">Newsflash</a><a href="/en-US/article">Articles</a></nav>
</div></header>
<main class="main_wrap"><div class="detail_wrap"><div class="detail_left">
<article class="article_detail">
<div class="art_label"><span class="pc_show">TechFlow Selected</span></div>
<h1 class="art_title">${escapeHtml(title)}</h1>
<div class="art_info"><span class="art_author" style="color: rgb(153, 153, 153);">Author: ${escapeHtml(author)}</span><span class="art_time">2025-03-04 09:00</span></div>
<div class="art_detail_content">
${bodyHtml}
</div>
${afterBody}
</article>
</div></div></main>
<footer class="footer_wrap"><div class="footer_inner"><p class="copyright">© 2025 深潮 TechFlow. All rights reserved.</p></div></footer>
</div>
</body></html>
`;
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
const { img, script, svg, link } = HOSTILE_PAYLOADS;

/** Markup, bidi overrides, zero-width characters and a very long word, in the title, credits, claims and links. */
function hostilePage(): string {
  return articlePage({
    id: 32001,
    title: `Bitcoin ${img('title')} ${script('title')} ${BIDI_OVERRIDE}tropeR${POP_DIRECTIONAL} on Ethereum`,
    description: `Stablecoins ${img('description')}`,
    author: `Eve ${script('author')}`,
    cover: link('cover'),
    bodyHtml: [
      p(`Markets opened quietly, and Coinbase reported record Ethereum staking volumes ${svg('intro')} this week.`),
      p(`I expect Bitcoin to reach 200,000 dollars by the end of 2026 ${img('claim')} because ${script('claim')} demand keeps rising.`),
      `<p>Read the <a href="${escapeHtml(link('anchor'))}">Ethereum whitepaper</a> and ${escapeHtml(link('text'))} before trading Solana.</p>`,
      p(`Coinbase said ${BIDI_OVERRIDE}nioctiB${POP_DIRECTIONAL} flows were strong, and I think Solana will double by the end of 2026 ${BIDI_OVERRIDE}${img('bidi')}${POP_DIRECTIONAL}.`),
      p(`Zero-width text: Bit${ZERO_WIDTH_SPACE}coin, Ethe${ZERO_WIDTH_JOINER}reum, \u{FEFF}Solana, and I believe Cardano${ZERO_WIDTH_SPACE} will triple by the end of 2026.`),
      p(`A very long word follows Uniswap: ${LONG_WORD} and then Bitcoin again.`),
      p(`I expect Ethereum to reach ${LONG_WORD} dollars by the end of 2027.`),
      `<p>Original link: <a href="${escapeHtml(link('source'))}">the original article</a></p>`,
    ].join('\n'),
  });
}

/** Bytes in the megabyte paragraph. */
const MEGABYTE = 1_000_000;

/** One paragraph of a million characters: hostile markup as text between token and company names. */
function megabyteParagraphPage(): string {
  const sentence = `Bitcoin and Ethereum moved while Coinbase ${img('megabyte')} listed Solana. `;
  const paragraph = sentence.repeat(Math.ceil(MEGABYTE / sentence.length)).slice(0, MEGABYTE);
  return articlePage({
    id: 32002,
    title: 'One paragraph of a megabyte',
    description: 'A single paragraph of a million characters.',
    bodyHtml: [p('The desk pasted a whole day of trading notes into one paragraph.'), p(paragraph), p('That was all for today.')].join('\n'),
  });
}

/** Size of the big article's body HTML. */
const FIVE_MEGABYTES = 5_000_000;

const BIG_SENTENCES = [
  'Bitcoin miners in Texas sold part of their reserves as the hash rate climbed to a new record.',
  'Ethereum validators earned more from priority fees after the latest upgrade, analysts at Galaxy Digital noted.',
  'Coinbase and Kraken both reported higher spot volumes, while Binance kept its lead in derivatives.',
  'Solana processed more transactions than every other chain combined, though many were failed arbitrage attempts.',
  'BlackRock added to its Bitcoin ETF holdings, and Fidelity followed with a smaller purchase on Tuesday.',
  'Uniswap governance voted to turn on the fee switch for three pools after months of debate.',
  'Tether minted another billion USDT on Tron, the fourth such issuance this month.',
  'Circle said USDC circulation grew for the sixth week in a row as payment companies adopted it.',
];

/** About 5 MB of ordinary paragraphs, each naming tokens and companies. */
function fiveMegabytePage(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < FIVE_MEGABYTES; i += 1) {
    const text = `${i + 1}. ${BIG_SENTENCES[i % BIG_SENTENCES.length]} ${BIG_SENTENCES[(i * 3 + 1) % BIG_SENTENCES.length]} ${BIG_SENTENCES[(i * 5 + 2) % BIG_SENTENCES.length]}`;
    const html = p(text);
    paragraphs.push(html);
    size += html.length + 1;
  }
  return articlePage({
    id: 32003,
    title: 'Five megabytes of market notes',
    description: 'An article of about five megabytes.',
    bodyHtml: paragraphs.join('\n'),
  });
}

/** Unclosed and misnested tags, stray end tags, a broken entity and a table cell with text: browsers repair it. */
function malformedPage(): string {
  const url = 'https://www.techflowpost.com/en-US/article/32004';
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Malformed markup: Bitcoin and the broken page | 深潮 TechFlow</title>
<link rel="canonical" href="${url}">
<body><div class="layout_wrap"><main class="main_wrap"><div class="detail_wrap">
<article class="article_detail"><h1 class="art_title">Malformed markup: Bitcoin and the broken page</h1>
<div class="art_detail_content"><p>Coinbase listed a new token <b>while <i>Ethereum</b> fees fell</i> to a yearly low &amp copy; analysts said.
<p>I expect Bitcoin to reach 150,000 dollars by the end of 2026, said the desk.</div></span>
<p><table><td>Solana validators voted on a fee change that Uniswap traders had asked for.</table>
<ul><li>Tether minted one billion USDT<li>Circle grew USDC supply</ul></p></p>
<div><p>Kraken opened a new office in Dublin &#xZZZ; to serve European clients.</div>
</article></div></main></div>
`;
}

/** An article page whose body element holds nothing: the title alone is not an article. */
function emptyPage(): string {
  return articlePage({
    id: 32005,
    title: 'An article with no text',
    description: 'The body element is empty.',
    bodyHtml: '<p></p><p> </p>',
  });
}

/**
 * The article sits in a table of short cells while a long "related reading" block next to it looks
 * like prose: Readability picks the wrong block, and the extension must fall back to the body element.
 */
function readabilityFailsPage(): string {
  const related = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Related reading ${i + 1}: a long summary of another story about exchanges, regulators and the stablecoin market, written to look like the main article so that a reader-mode heuristic prefers it, with commas, full sentences, and plenty of words in every paragraph.</p>`,
  ).join('\n');
  const cells = [
    'Bitcoin closed the week higher.',
    'Coinbase shares followed.',
    'Ethereum fees stayed low.',
    'I expect Solana to double by the end of 2026.',
    'Uniswap volumes were flat.',
    'Tether minted more USDT.',
  ];
  return articlePage({
    id: 32006,
    title: 'Weekly table: Bitcoin, Ethereum and Solana',
    description: 'An article laid out as a table, next to a long related-reading block.',
    bodyHtml: `<table><tbody>${cells.map((cell) => `<tr><td>${escapeHtml(cell)}</td></tr>`).join('')}</tbody></table>`,
    afterBody: `<section class="article-content post-body">${related}</section>`,
  });
}

const PAGES: Record<string, () => string> = {
  'en-US-hostile.html': hostilePage,
  'en-US-megabyte-paragraph.html': megabyteParagraphPage,
  'en-US-five-megabytes.html': fiveMegabytePage,
  'en-US-malformed.html': malformedPage,
  'en-US-empty.html': emptyPage,
  'en-US-readability-fails.html': readabilityFailsPage,
};

for (const [file, make] of Object.entries(PAGES)) {
  const html = make();
  writeFileSync(join(PAGES_DIR, file), html);
  process.stdout.write(`${file}: ${html.length} characters\n`);
}
