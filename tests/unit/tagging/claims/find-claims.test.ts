import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';
import type { EntityTag } from '../../../../utils/tagging/types';

function claimsOf(text: string, lang: string, entities: EntityTag[] = []) {
  return findClaims(text, { lang, entities });
}

function texts(text: string, lang: string): string[] {
  return claimsOf(text, lang).map((claim) => claim.text);
}

function entity(text: string, surface: string, id: string, kind: 'token' | 'company' = 'token'): EntityTag {
  const start = text.indexOf(surface);
  return { kind, start, end: start + surface.length, text: surface, id, name: surface, confidence: 1 };
}

describe('findClaims: what is a claim', () => {
  it('finds forecasts, opinions and check-worthy facts, each with the cue that decided it', () => {
    const claims = claimsOf('Je pense que le bitcoin va monter.\nETF inflows reached $1.2bn in May.\n比特币有望突破10万美元。', 'fr');
    expect(claims.map((claim) => claim.cue)).toEqual(['Je pense', '$1.2bn', '有望']);
  });

  it('never returns questions, even with a forecast cue', () => {
    expect(texts('Will Bitcoin reach $200k next year? 比特币会涨吗？Le marché va-t-il monter ?', 'en')).toEqual([]);
  });

  it('never returns headings, metadata lines, speaker labels or footers', () => {
    const text = [
      'Arthur Hayes : le bitcoin va exploser',
      '',
      'Invités : Arthur Hayes, cofondateur de BitMEX',
      'Date de diffusion : 19 septembre 2024',
      'Source du podcast : Bankless',
      '',
      'Arthur Hayes :',
      'Je pense que le bitcoin atteindra 200 000 dollars.',
      '',
      'Bienvenue dans la communauté officielle TechFlow',
      'Groupe Telegram :https://t.me/TechFlowDaily',
    ].join('\n');
    expect(texts(text, 'fr')).toEqual(['Je pense que le bitcoin atteindra 200 000 dollars.']);
  });

  it('keeps disclaimers out, even when they read like a judgment', () => {
    expect(texts('免责声明：本文仅供参考，不构成任何投资建议，市场有风险。\nDisclaimer: crypto is extremely risky and prices will fluctuate.', 'zh-CN')).toEqual([]);
  });

  it('keeps narration, greetings and thanks out', () => {
    expect(texts('In this episode we discuss why Bitcoin will matter. Thank you so much for having me. 今天我们来聊聊以太坊的未来。', 'en')).toEqual([]);
  });

  it('returns sentence-sized claims, never a whole paragraph', () => {
    const text = 'Je pense que le BTC va monter. Le temps est beau. L’ETH devrait suivre.';
    expect(texts(text, 'fr')).toEqual(['Je pense que le BTC va monter.', 'L’ETH devrait suivre.']);
  });

  it('splits a sentence into clauses when both sides of ";" are claims', () => {
    expect(texts('I think BTC will rise; ETH will probably fall.', 'en')).toEqual(['I think BTC will rise', 'ETH will probably fall.']);
  });

  it('splits a claim sentence at "but"/"mais"/"但" even when one side is elliptical ("mais pour une partie, oui")', () => {
    expect(texts('Je ne parlerais pas de bulle pour tout le secteur, mais pour une partie, oui.', 'fr')).toEqual([
      'Je ne parlerais pas de bulle pour tout le secteur',
      'pour une partie, oui.',
    ]);
    expect(texts('Fusaka 不会立刻改变 ETH 的价格走势，但它为以太坊打下了基础。', 'zh-CN')).toEqual(['Fusaka 不会立刻改变 ETH 的价格走势', '它为以太坊打下了基础。']);
  });

  it('keeps the whole sentence when the other side of "but" is a greeting, narration or a question', () => {
    expect(texts('Thanks for having me, but I think Bitcoin will fall.', 'en')).toEqual(['Thanks for having me, but I think Bitcoin will fall.']);
  });

  it('does not split the items of an enumeration after a colon ("两类机会：一类是…；另一类是…")', () => {
    const sentence = '我更看好两类机会：一类是合规发行的基础设施；另一类是消费应用。';
    expect(texts(sentence, 'zh-CN')).toEqual([sentence]);
  });

  it('leaves the contrast word after ";" out of both clauses ("；而现在…") and splits Japanese "…が、"', () => {
    expect(texts('过去九成转账都和交易有关；而现在，跨境支付开始贡献真实的流量。', 'zh-CN')).toEqual(['过去九成转账都和交易有关', '现在，跨境支付开始贡献真实的流量。']);
    expect(texts('売却益は最大55％の課税対象となっているが、20％の分離課税が適用される可能性がある。', 'ja')).toEqual([
      '売却益は最大55％の課税対象となっている',
      '20％の分離課税が適用される可能性がある。',
    ]);
  });

  it('offsets are UTF-16 indexes into the input', () => {
    const text = '🚀 Émojis first. 我认为比特币会涨。';
    for (const claim of claimsOf(text, 'zh-CN')) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});

describe('findClaims: enumerations, index levels and reports of a split', () => {
  it('第一 opening an enumeration ("第一是监管。") is no ranking, "排名第一" is', () => {
    expect(texts('第一是监管。', 'zh-CN')).toEqual([]);
    expect(texts('比特币市值排名第一。', 'zh-CN')).toEqual(['比特币市值排名第一。']);
  });

  it('an index that "stood at" a level is a check-worthy fact', () => {
    expect(texts('The Crypto Fear & Greed Index stood at 74 for a fifth day.', 'en')).toEqual(['The Crypto Fear & Greed Index stood at 74 for a fifth day.']);
  });

  it('a report that views "were split between" two camps is narration, not a claim', () => {
    expect(texts('Desk notes this week were split between those who see the rally as a base to build on and those who prefer a defensive strategy.', 'en')).toEqual([]);
  });
});

describe('findClaims: headings opened by a box mark', () => {
  it('a ■ or ◆ line alone in its paragraph is a section heading, never a claim (■ETFからは3日連続の資金流出)', () => {
    const text = 'ビットコインは反落した。\n\n■ETFからは3日連続の資金流出\n\n米国のETFからは3日連続で資金が流出し、流出額は合計5億ドルに達した。';
    expect(texts(text, 'ja')).toEqual(['米国のETFからは3日連続で資金が流出し、流出額は合計5億ドルに達した。']);
  });

  it('a dash or bullet line stays a list item that may be a claim', () => {
    expect(texts('Outlook:\n\n- Bitcoin will reach $150,000 by the end of 2026\n\nThat is all.', 'en')).toEqual(['Bitcoin will reach $150,000 by the end of 2026']);
  });
});

describe('findClaims: word senses', () => {
  it('将 as a future marker is a cue, 将…视为 (object marker) is not', () => {
    expect(claimsOf('比特币将突破十万美元。', 'zh-CN')[0]?.cue).toBe('将');
    expect(texts('他将比特币视为数字黄金。', 'zh-CN')).toEqual([]);
  });

  it('会 as "will" is a cue, 会议 and 机会 are not', () => {
    expect(claimsOf('以太坊会上涨。', 'zh-CN')[0]?.cue).toBe('会');
    expect(texts('我们参加了会议。', 'zh-CN')).toEqual([]);
    // 机会 is "opportunity": an evaluative word, never the modal 会.
    expect(claimsOf('这是一个机会。', 'zh-CN').map((claim) => claim.cue)).not.toContain('会');
  });

  it('"will" the noun ("political will") is not a forecast', () => {
    expect(texts('There is no political will here.', 'en')).toEqual([]);
    expect(texts('The SEC will approve the ETF.', 'en')).toEqual(['The SEC will approve the ETF.']);
  });

  it('French conditional is a cue, the imperfect that looks like it is not', () => {
    expect(claimsOf('Le marché pourrait chuter.', 'fr')[0]?.cue).toBe('pourrait');
    expect(claimsOf('Cette mesure permettrait une reprise.', 'fr')[0]?.cue).toBe('permettrait');
    expect(texts('Il tirait la corde et ouvrait la porte.', 'fr')).toEqual([]);
  });

  it('French simple future and "va" + infinitive are cues, "va à" is not', () => {
    expect(claimsOf('L’IA remplacera largement le travail.', 'fr')[0]?.cue).toBe('remplacera');
    expect(claimsOf('L’AGI va générer de nouveaux actifs.', 'fr')[0]?.cue).toBe('va');
    expect(texts('Il va à Paris demain matin.', 'fr')).toEqual([]);
  });
});

describe('findClaims: stance', () => {
  it('a negated end of a bull cycle is bullish ("n\'est pas terminé", "not over", "还没有结束")', () => {
    expect(claimsOf('Je pense que le cycle haussier n’est pas terminé.', 'fr')[0]?.stance).toBe('bullish');
    expect(claimsOf('I think the bull market is not over.', 'en')[0]?.stance).toBe('bullish');
    expect(claimsOf('我认为牛市还没有结束。', 'zh-CN')[0]?.stance).toBe('bullish');
  });

  it('a negated fall is bullish ("不会跌破", "won\'t fall")', () => {
    expect(claimsOf('比特币不会跌破5万美元。', 'zh-CN')[0]?.stance).toBe('bullish');
    expect(claimsOf('Bitcoin won’t fall below $50k.', 'en')[0]?.stance).toBe('bullish');
  });

  it('a double negative keeps the direction ("cannot rule out a crash" is bearish)', () => {
    expect(claimsOf('We cannot rule out a crash this year.', 'en')[0]?.stance).toBe('bearish');
    expect(claimsOf('不能排除比特币下跌的可能性。', 'zh-CN')[0]?.stance).toBe('bearish');
  });

  it('the end of a bear market is bullish', () => {
    expect(claimsOf('Je pense que le marché baissier est terminé.', 'fr')[0]?.stance).toBe('bullish');
  });

  it('negation after the verb in Japanese and Korean', () => {
    expect(claimsOf('ビットコインは下落しないだろう。', 'ja')[0]?.stance).toBe('bullish');
    expect(claimsOf('비트코인은 하락하지 않을 것이다.', 'ko')[0]?.stance).toBe('bullish');
  });

  it('a negated view negates its whole clause, however far the direction word ("他不认为加密市场已经进入熊市", "Je ne crois pas que les banques adopteront…")', () => {
    expect(claimsOf('币安创始人赵长鹏在 X 上发文称，他不认为加密市场已经进入熊市。', 'zh-CN')[0]?.stance).toBe('bullish');
    expect(claimsOf('Je ne crois pas que les banques européennes adopteront ces fonds tokenisés avant longtemps.', 'fr')[0]?.stance).toBe('bearish');
    expect(claimsOf('Lin doesn’t think the recent altcoin rally will continue into next year.', 'en')[0]?.stance).toBe('bearish');
  });

  it('a negated view closing its clause in Japanese and Korean (弱気相場に入ったとは思いません, 상승장이 끝났다고 보지 않는다, 강세를 기대하기는 어렵다)', () => {
    expect(claimsOf('私は弱気相場に入ったとは思いません。', 'ja')[0]?.stance).toBe('bullish');
    expect(claimsOf('短期的には、上昇がすぐに再開するとは思っていません。', 'ja')[0]?.stance).toBe('bearish');
    expect(claimsOf('상승장이 끝났다고 보지 않는다.', 'ko')[0]?.stance).toBe('bullish');
    expect(claimsOf('ETF 자금 유입이 둔화되고 있어 당분간 강세를 기대하기는 어렵다.', 'ko')[0]?.stance).toBe('bearish');
  });

  it('a negated view stops at the clause that follows it ("…prêt à repartir tant que les ETF continuent de perdre…" stays bearish)', () => {
    expect(claimsOf('Je ne pense pas que le marché soit prêt à repartir tant que les ETF continuent de perdre des capitaux.', 'fr')[0]?.stance).toBe('bearish');
  });

  it('words that hold a subject back or push it up, beyond price moves, give the direction (weigh on, fragile, soutenir, une baisse de taux, 压力, 提升, 軟調, 이를 것, 둔화)', () => {
    expect(claimsOf('Analysts warned that further unlocks would weigh on the price through March.', 'en')[0]?.stance).toBe('bearish');
    expect(claimsOf('The rebound looks fragile, and thin order books could send these tokens lower again.', 'en')[0]?.stance).toBe('bearish');
    expect(claimsOf('Une baisse de taux devrait soutenir les actifs risqués.', 'fr')[0]?.stance).toBe('bullish');
    expect(claimsOf('很多人觉得它在美国的合规压力会越来越大。', 'zh-CN')[0]?.stance).toBe('bearish');
    expect(claimsOf('合规发行方的份额还会继续提升。', 'zh-CN')[0]?.stance).toBe('bullish');
    expect(claimsOf('最近は相場が軟調です。', 'ja')[0]?.stance).toBe('bearish');
    expect(claimsOf('그는 비트코인이 내년 말까지 20만 달러에 이를 것으로 내다봤다.', 'ko')[0]?.stance).toBe('bullish');
    expect(claimsOf('거래소들의 수익성 둔화가 내년에도 이어질 것이다.', 'ko')[0]?.stance).toBe('bearish');
  });

  it('a plain fact without direction is neutral', () => {
    expect(claimsOf('Tether holds more than 100,000 BTC.', 'en')[0]?.stance).toBe('neutral');
  });
});

describe('findClaims: speakers', () => {
  it('carries the turn speaker across paragraphs until the next label', () => {
    const text = 'Arthur Hayes :\nJe pense que le BTC va monter.\n\nL’ETH devrait suivre.\n\nLaura Shin :\nJe crois que non, le marché va baisser.';
    expect(claimsOf(text, 'fr').map((claim) => claim.speaker)).toEqual(['Arthur Hayes', 'Arthur Hayes', 'Laura Shin']);
  });

  it('reads inline labels: "主持人 Name：", "嘉宾 X：", "Name：text"', () => {
    const text = '主持人 Lin：我认为比特币会涨。\n\n嘉宾 Arthur：以太坊将在明年突破。\n\nLin：山寨季会来。';
    expect(claimsOf(text, 'zh-CN').map((claim) => claim.speaker)).toEqual(['Lin', 'Arthur', 'Lin']);
  });

  it('resolves Q:/A: and Host: to the people named in the guests and host lines', () => {
    const text = 'Guest: Arthur Hayes, co-founder of BitMEX\nHost: Laura Shin\n\nQ: Where is BTC going?\nA: I think Bitcoin will hit $200k.\n\nQ: I believe ETH will lag.';
    expect(claimsOf(text, 'en').map((claim) => claim.speaker)).toEqual(['Arthur Hayes', 'Laura Shin']);
  });

  it('gives no speaker in summary sections, even inside a transcript', () => {
    const text = 'Lin：大家好。\n\n要点总结\n比特币将在年内突破十万美元。\n\nLin：我认为以太坊会涨。';
    expect(claimsOf(text, 'zh-CN').map((claim) => claim.speaker)).toEqual([undefined, 'Lin']);
  });

  it('attributes reported speech to the named source ("X expects…", "X 表示…", "selon X")', () => {
    expect(claimsOf('Arthur Hayes expects Bitcoin to reach $1 million.', 'en')[0]?.speaker).toBe('Arthur Hayes');
    expect(claimsOf('BitMEX 联合创始人 Arthur Hayes 表示，比特币将涨至100万美元。', 'zh-CN')[0]?.speaker).toBe('Arthur Hayes');
    expect(claimsOf('Selon Arthur Hayes, le bitcoin atteindra un million de dollars.', 'fr')[0]?.speaker).toBe('Arthur Hayes');
  });

  it('gives no speaker to the author’s own voice', () => {
    expect(claimsOf('Bitcoin will likely reach a new high this year.', 'en')[0]?.speaker).toBeUndefined();
  });
});

describe('findClaims: more word senses and rules', () => {
  it('an expletive "ne" (je crains que … ne freine) negates nothing', () => {
    expect(claimsOf('Je crains que l’AMF ne freine les émetteurs européens.', 'fr')[0]?.stance).toBe('bearish');
    expect(claimsOf('Je pense que le BTC ne va pas baisser.', 'fr')[0]?.stance).toBe('bullish');
  });

  it('ignores cues inside an entity name (the Optimism token, 金管會)', () => {
    const en = 'Optimism rallied on the news.';
    expect(findClaims(en, { lang: 'en', entities: [entity(en, 'Optimism', 'token:op')] })[0]?.cue).not.toBe('Optimism');
    const zh = '金管會推動虛擬資產法草案。';
    expect(findClaims(zh, { lang: 'zh-TW', entities: [entity(zh, '金管會', 'org:fsc', 'company')] })).toEqual([]);
  });

  it('gives a fact no direction, even with a direction word ("上涨了168%" is neutral)', () => {
    expect(claimsOf('Circle 在纽交所上市首日股价上涨了 168%。', 'zh-CN')[0]?.stance).toBe('neutral');
  });

  it('reads a sentence in another script with that script’s rules', () => {
    const text = 'Arthur Hayes 在播客中谈到了市场。\nHe said: I think Bitcoin will hit $250k.';
    expect(claimsOf(text, 'zh-CN').map((claim) => claim.cue)).toContain('I think');
  });
});

describe('findClaims: more speakers', () => {
  it('an organisation named as the source is not a speaker', () => {
    const text = '반면 한국은행은 원화 스테이블코인이 통화 정책을 약화시킬 수 있다고 경고했다.';
    const claims = findClaims(text, { lang: 'ko', entities: [entity(text, '한국은행', 'org:bok', 'company')] });
    expect(claims[0]?.speaker).toBeUndefined();
  });

  it('reads Korean labels whose name holds the surname 이 (이민호)', () => {
    const text = '게스트: 이민호, 리서치센터장\n\n박지은: 어떻게 보세요?\n\n이민호: 저는 시중은행이 발행을 주도할 것이라고 생각합니다.';
    expect(claimsOf(text, 'ko')[0]?.speaker).toBe('이민호');
  });

  it('drops a Chinese title before the source’s name (金管會主委黃天牧表示)', () => {
    expect(claimsOf('金管會主委黃天牧表示，發行人必須以百分之百的準備資產支持穩定幣。', 'zh-TW')[0]?.speaker).toBe('黃天牧');
  });

  it('drops a Vietnamese courtesy title before the source’s name', () => {
    expect(claimsOf('Ông Nguyễn Văn A nhận định thị trường sẽ tăng mạnh.', 'vi')[0]?.speaker).toBe('Nguyễn Văn A');
  });

  it('gives a keynote’s speaker, named in the title, to the speech announced by "Voici l’intégralité du discours :"', () => {
    const text = 'Ancien directeur d’Alibaba, Zeng Ming : AI + Crypto, c’est cela le Web3\n\nVoici l’intégralité du discours :\n\nJe pense que l’AGI va générer de nouveaux actifs.';
    expect(claimsOf(text, 'fr')[0]?.speaker).toBe('Zeng Ming');
  });
});

describe('findClaims: subjects', () => {
  it('lists the entities mentioned in the claim', () => {
    const text = 'I think Bitcoin will outperform Ethereum.';
    const claims = claimsOf(text, 'en', [entity(text, 'Bitcoin', 'token:btc'), entity(text, 'Ethereum', 'token:eth')]);
    expect(claims[0]?.subjects).toEqual(['token:btc', 'token:eth']);
  });

  it('takes the previous sentence’s entities when the claim refers to them by pronoun', () => {
    const text = 'Solana had a rough week. I think it will recover soon.';
    const claims = claimsOf(text, 'en', [entity(text, 'Solana', 'token:sol')]);
    expect(claims.at(-1)?.subjects).toEqual(['token:sol']);
  });
});

describe('findClaims: clause cues', () => {
  it('a clause without a cue of its own carries the cue that made its sentence a claim (regression: " 我认为 <;<𐀀 …")', () => {
    for (const claim of findClaims(' 我认为 <;<𐀀 …', { lang: 'en', entities: [] })) expect(claim.cue.length).toBeGreaterThan(0);
    const claims = findClaims('Le sol est encore fragile, mais les fondations sont là.', { lang: 'fr', entities: [] });
    expect(claims.map((claim) => claim.cue)).toEqual(['fragile', 'fragile']);
  });
});

describe('findClaims: an opening first-person frame', () => {
  it('keeps "我们认为，A，但 B" whole: the frame governs both sides of the contrast', () => {
    const sentence = '我们认为，主网激活后出现长时间分叉的概率不高，但节点运营者仍应提前升级客户端。';
    expect(findClaims(sentence, { lang: 'zh-CN', entities: [] }).map((claim) => claim.text)).toEqual([sentence]);
    const author = '筆者認為，香港的穩定幣制度設計嚴謹，但門檻過高，短期內恐難與美元穩定幣競爭。';
    expect(findClaims(author, { lang: 'zh-TW', entities: [] }).map((claim) => claim.text)).toEqual([author]);
  });

  it('still splits clauses joined by "；" after the frame, and gives the author’s voice no speaker', () => {
    const claims = findClaims('笔者认为，比特币将继续上涨；以太坊可能会下跌。', { lang: 'zh-CN', entities: [] });
    expect(claims.map((claim) => claim.text)).toEqual(['笔者认为，比特币将继续上涨', '以太坊可能会下跌。']);
    expect(claims.map((claim) => claim.speaker)).toEqual([undefined, undefined]);
  });
});

describe('findClaims: compound adjectives', () => {
  it('a participle in a hyphenated compound is no event ("bank-issued tokens"), the verb is ("the SEC approved")', () => {
    expect(texts('Title\n\nTether now competes with bank-issued tokens.', 'en')).toEqual([]);
    expect(texts('Title\n\nThe SEC approved the fund.', 'en')).toEqual(['The SEC approved the fund.']);
  });
});

describe('findClaims: a newsflash by-line', () => {
  it('starts the claim after 深潮 TechFlow 消息，/ 소식, / ニュース、 (the by-line names the outlet, not the news)', () => {
    expect(texts('深潮 TechFlow 消息，狗狗幣過去 48 小時上漲 12%。', 'zh-TW')).toEqual(['狗狗幣過去 48 小時上漲 12%。']);
    expect(texts('深潮 TechFlow 소식, 트론이 하루 새 11% 급등했다.', 'ko')).toEqual(['트론이 하루 새 11% 급등했다.']);
    expect(texts('深潮 TechFlow ニュース、日本銀行は政策金利を0.5％に据え置いた。', 'ja')).toEqual(['日本銀行は政策金利を0.5％に据え置いた。']);
  });

  it('keeps a sentence that only opens with the outlet’s name (TechFlow 리서치팀은 …)', () => {
    expect(texts('TechFlow 리서치팀은 비트코인이 12만 달러를 넘을 것으로 전망했다.', 'ko')).toEqual(['TechFlow 리서치팀은 비트코인이 12만 달러를 넘을 것으로 전망했다.']);
  });
});
