/** English claim cues: modals and forecasting verbs, opinion frames, evaluative words, stance and negation. */
import { capitalisedMidSentence, nextWord, previousWord } from './context';
import { ENGLISH_INFLECTIONS, englishBases, englishForms, inflectedForms } from './inflection';
import { cues, mergeEntries, type Lexicon, type SenseCheck } from './types';

/** Words after which "will" is the noun (political will, the will of the people). */
const WILL_NOUN_BEFORE = new Set(['the', 'a', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'political', 'free', 'good', 'ill', 'own', 'at', 'of', 'strong', 'iron', 'collective', 'popular', 'last']);

const willIsModal: SenseCheck = (text, start) => !capitalisedMidSentence(text, start) && !WILL_NOUN_BEFORE.has(previousWord(text, start));

/** "May" with a capital inside a sentence is the month. */
const lowercaseOnly: SenseCheck = (text, start) => text[start] !== (text[start] ?? '').toUpperCase();

const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'school', 'work', 'bed', 'church', 'town']);

/** "going to" + verb is the near future; "going to the market" is movement. */
const goingToVerb: SenseCheck = (text, _start, end) => {
  const word = nextWord(text, end);
  const original = text.slice(end).trimStart();
  return word.length > 0 && !DETERMINERS.has(word) && !/^\d/.test(word) && original[0] === original[0]?.toLowerCase();
};

const COPULAS = new Set(['is', 'are', 'was', 'be', 'been', "it's", 'it’s', "that's", 'that’s', 'not', "isn't", 'isn’t', "aren't", 'aren’t', 'now', 'already', 'finally', 'truly', 'officially', 'definitely', 'really']);

/** "over"/"dead"/"done" end a state only after a copula ("the bull run is over"), not as prepositions. */
const afterCopula: SenseCheck = (text, start) => COPULAS.has(previousWord(text, start));

/** Third-person reporting verbs ("expects", "says") count only after a name or pronoun, not "as it says". */
const notFirstWord: SenseCheck = (text, start) => start > 0;

/** Negated auxiliaries, with both apostrophes ("don't", "don’t"). */
const CONTRACTED_NEGATIONS = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'ca', 'could', 'would', 'should', 'has', 'have', 'had', 'ai', 'need', 'must']
  .flatMap((aux) => [`${aux}n't`, `${aux}n’t`]);

const forecast = { evidence: 'forecast' as const };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const, sense: notFirstWord };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };
const negator = { negates: true };

/** Month and weekday names, capitalised: they date an event ("approved on Thursday", "in July"). */
const capitalised: SenseCheck = (text, start) => /\p{Lu}/u.test(text[start] ?? '');

/** A participle glued by a hyphen is part of a compound adjective ("bank-issued tokens", "US-listed funds"), not an event. */
const notInCompound: SenseCheck = (text, start) => text[start - 1] !== '-';

const entries = mergeEntries(
  // Ruling out a ruling-out is a hedged forecast, not a negation: "cannot rule out a crash" is bearish.
  cues({ evidence: 'forecast', weight: 1.5 }, "can't rule out", 'can’t rule out', 'cannot rule out', "can't be ruled out", 'can’t be ruled out', 'cannot be ruled out', "don't rule out", 'don’t rule out', 'not rule out'),
  cues({ ...forecast, sense: willIsModal }, 'will'),
  cues(forecast, "'ll", '’ll', 'shall', 'gonna', 'expect', 'expects', 'expected to', 'expecting', 'anticipate', 'anticipates', 'predict', 'predicts', 'predicted', 'prediction', 'predictions', 'forecast', 'forecasts', 'projected', 'projects', 'set to', 'poised to', 'on track to', 'on course to', 'bound to', 'about to', 'likely', 'is due to', 'are due to', 'in the coming', 'in the future', 'outlook', 'destined to', 'will likely', 'is expected', 'are expected', 'we expect', 'i expect'),
  cues({ ...forecast, negates: true }, "won't", 'won’t', 'will not', 'unlikely'),
  cues({ ...forecast, sense: goingToVerb }, 'going to'),
  cues({ ...hedge, sense: lowercaseOnly }, 'may'),
  cues(hedge, 'plans to', 'plan to', 'intends to', 'aims to', 'is preparing to', 'might', 'could', 'probably', 'possibly', 'perhaps', 'maybe', 'would', 'eventually', 'soon', 'chance', 'chances', 'odds', 'risk of', 'threatens to', 'promises to', 'potential', 'potentially'),
  cues(opinion, 'i fear', "i'm afraid", 'i’m afraid', 'i worry', "i'm worried", 'i’m worried', 'i think', 'i believe', 'i feel', 'i reckon', 'i bet', "i'm convinced", 'i’m convinced', 'i am convinced', "i'm confident", 'i’m confident', 'i am confident', 'in my view', 'in my opinion', 'my view is', 'my take is', 'my sense is', 'to me', 'personally', "i'd argue", 'i’d argue', 'i would argue', 'i suspect', 'i guess', 'i doubt', "i'm bullish", 'i’m bullish', "i'm bearish", 'i’m bearish', 'we think', 'we believe', 'our view', 'imo', "i'm optimistic", 'i’m optimistic', "i'm pessimistic", 'i’m pessimistic', 'frankly', 'honestly', "i'd say", 'i’d say', 'i would say', 'it seems to me', 'we are convinced', 'my bet is', 'no doubt', 'without a doubt'),
  cues({ ...opinion, negatesClause: true }, "i don't think", 'i don’t think', 'i do not think', "i don't believe", 'i don’t believe', "i don't expect", 'i don’t expect'),
  // Someone else's negated view governs its whole clause too ("Lin doesn't think the rally will last").
  cues({ evidence: 'opinion' as const, reports: true, negatesClause: true }, ...["don't think", "doesn't think", "don't believe", "doesn't believe", "don't expect", "doesn't expect", "don't see", "doesn't see"].flatMap((phrase) => [phrase, phrase.replace("'", '’')]), 'do not think', 'does not think', 'do not believe', 'does not believe', 'do not expect', 'does not expect', 'not convinced'),
  cues(normative, 'should', 'must', 'need to', 'needs to', 'have to', 'has to', 'ought to', 'it is time', "it's time", 'it’s time'),
  cues(evaluative, 'harder', 'easier', 'faster', 'slower', 'cheaper', 'stronger than', 'weaker than', 'important', 'crucial', 'key', 'essential', 'fundamental', 'fundamentally', 'major', 'huge', 'massive', 'enormous', 'significant', 'significantly', 'critical', 'central', 'core', 'best', 'worst', 'biggest', 'largest', 'most', 'least', 'better', 'worse', 'greatest', 'great', 'strong', 'stronger', 'strongest', 'weak', 'weaker', 'overvalued', 'undervalued', 'cheap', 'expensive', 'inevitable', 'inevitably', 'certain', 'certainly', 'clearly', 'obviously', 'undoubtedly', 'definitely', 'really', 'truly', 'actually', 'in fact', 'problem', 'problems', 'risk', 'risks', 'risky', 'opportunity', 'opportunities', 'mistake', 'wrong', 'difficult', 'hard', 'easy', 'impossible', 'necessary', 'clear', 'obvious', 'game changer', 'game-changer', 'revolutionary', 'transformative', 'dominant', 'unprecedented', 'remarkable', 'excellent', 'terrible', 'only', 'unique', 'main', 'primary', 'vital', 'pivotal', 'decisive', 'far more', 'much more', 'very', 'extremely', 'incredibly', 'deeply', 'too', 'real', 'underrated', 'overrated', 'misunderstood', 'the future of', 'matters', 'worth'),
  cues(report, 'said', 'says', 'told', 'stated', 'noted', 'notes', 'argued', 'argues', 'wrote', 'writes', 'warned', 'warns', 'believes', 'thinks', 'predicted', 'estimated', 'estimates', 'claimed', 'claims', 'explained', 'pointed out', 'added', 'suggested', 'suggests', 'emphasized', 'emphasised', 'stressed', 'highlighted', 'reckons', 'insists', 'maintains', 'observed', 'believed', 'tweeted', 'posted'),
  cues({ evidence: 'report', weight: 1.5 }, 'according to'),
  cues(fact, 'twice', 'three times', 'four times', 'ten times', 'became the', 'becomes the', 'consecutive', 'in a row', 'doubled', 'tripled', 'record', 'all-time high', 'all time high', 'ath', 'for the first time', 'first-ever', 'billion', 'million', 'trillion', 'bn', 'percent', 'per cent', 'half of', 'two-thirds', 'two thirds', 'a third of', 'a quarter of', 'ranked', 'ranks', 'surpassed', 'reached', 'hit', 'raised', 'inflows', 'outflows', 'market cap', 'market capitalization', 'tvl', 'volume', 'holds', 'announced'),
  cues({ ...fact, sense: notInCompound }, 'issued', 'listed', 'acquired', 'launched', 'approved', 'filed'),
  // Reports that views differ are narration; the positions that follow are the claims.
  cues({ against: 'narration' }, 'were split between', 'are split between', 'is split between', 'views are mixed', 'opinions are divided', 'opinions differ'),
  cues({ against: 'narration' }, "i'm not saying", 'i’m not saying', 'i am not saying', 'in this episode', 'in this podcast', 'in this article', 'in this interview', 'in this talk', 'this episode', 'this article', 'today we discuss', 'today we talk', 'today we will', 'today we’ll', "today we'll", "today we're", 'today we’re', 'today we are', 'today we have', 'today i want', 'i want to talk', "i'd like to talk", 'i’d like to talk', "let's", 'let’s', 'let us', "we'll discuss", 'we’ll discuss', 'we will discuss', 'we discuss', 'we talk about', "we'll talk", 'we’ll talk', 'below', 'here is', "here's", 'here’s', 'the following', 'this week on', 'joining us', 'joined by', "i'm joined", 'i’m joined', "we're joined", 'we’re joined', 'full transcript', 'edited for clarity', 'we dive into', 'we cover'),
  cues({ against: 'greeting' }, 'thank you', 'thanks', 'welcome', 'hello', 'hi', 'goodbye', 'bye', 'cheers', 'great to have you', 'good to be here', 'glad to be here', 'great to be here', 'my pleasure', 'happy to be here'),
  cues({ against: 'instruction' }, 'subscribe', 'click', 'follow us', 'join us', 'sign up', 'download', 'scan', "don't forget", 'don’t forget', 'check out', 'share this'),
  cues(up, 'most important', 'main', 'buy', 'buys', 'buying', 'accumulate', 'accumulating', 'faster', 'rate cut', 'rate cuts', 'cut rates', 'easing', 'money printing', 'outperform', 'better than', 'reach', 'reaches', 'pass', 'become the', 'largest', 'biggest', 'dominant', 'dominate', 'dominates', 'leading', 'leader', 'best', 'strongest', 'promising', 'opportunity', 'opportunities', 'benefit', 'benefits', 'accelerate', 'accelerates', 'adopt', 'adopts', 'capture', 'captures', 'doubled', 'tripled', 'double', 'rise', 'rises', 'rising', 'rose', 'risen', 'rally', 'rallies', 'rallied', 'rallying', 'surge', 'surges', 'surged', 'surging', 'soar', 'soars', 'soared', 'soaring', 'climb', 'climbs', 'climbed', 'jump', 'jumps', 'jumped', 'gain', 'gains', 'gained', 'grow', 'grows', 'growing', 'grew', 'growth', 'increase', 'increases', 'increased', 'breakout', 'break out', 'break above', 'breaks above', 'new high', 'new highs', 'record high', 'record highs', 'rebound', 'rebounds', 'recover', 'recovers', 'recovery', 'bullish', 'upside', 'outperform', 'outperforms', 'boom', 'booming', 'inflow', 'adoption', 'expand', 'expands', 'expansion', 'moon', 'higher', 'exceed', 'exceeds', 'surpass', 'surpasses', 'thrive', 'thrives', 'flourish', 'succeed', 'success', 'win', 'wins', 'optimistic', 'optimism', 'bottomed'),
  cues(down, 'harder', 'sell', 'sells', 'selling', 'rate hike', 'rate hikes', 'raise rates', 'tightening', 'forced to sell', 'worse than', 'lag', 'lags', 'lagging', 'slows', 'slowdown', 'worst', 'weakest', 'problem', 'problems', 'difficult', 'delayed', 'fall', 'falls', 'falling', 'fell', 'fallen', 'drop', 'drops', 'dropped', 'decline', 'declines', 'declined', 'declining', 'crash', 'crashes', 'crashed', 'plunge', 'plunges', 'plunged', 'slump', 'slumps', 'slumped', 'sink', 'sinks', 'sank', 'tumble', 'tumbled', 'dump', 'collapse', 'collapses', 'collapsed', 'correction', 'sell-off', 'selloff', 'downturn', 'downside', 'bearish', 'break below', 'breaks below', 'lose', 'loses', 'losses', 'lower', 'outflow', 'liquidation', 'liquidations', 'capitulation', 'underperform', 'underperforms', 'bankrupt', 'bankruptcy', 'fail', 'fails', 'failed', 'failure', 'ban', 'bans', 'banned', 'hack', 'hacked', 'exploit', 'weaken', 'weakens', 'shrink', 'shrinks', 'contraction', 'pessimistic', 'peaked', 'topped', 'risk', 'risks', 'threat', 'headwind', 'headwinds'),
  // Words that push a subject up or hold it back, beyond moves: support, boost, weigh on, fragile.
  cues(up, 'support', 'supports', 'supported', 'supportive', 'boost', 'boosts', 'boosted', 'lift', 'lifts', 'lifted', 'fuel', 'fuels', 'fueled', 'fuelled', 'help', 'helps', 'helped', 'turning point', 'breakthrough', 'tailwind', 'tailwinds', 'floodgate', 'attract', 'attracts', 'outpace', 'outpaces'),
  cues(down, 'weigh on', 'weighs on', 'weighed on', 'weighing on', 'pressure', 'pressures', 'hurt', 'hurts', 'drag', 'drags', 'dragged', 'slow', 'slowing', 'slowed', 'fragile', 'overvalued', 'overheated'),
  cues({ polarity: 'bullThing' }, 'bull market', 'bull cycle', 'bull run', 'uptrend', 'supercycle', 'super cycle', 'bull phase', 'altseason', 'alt season', 'bull case'),
  cues({ polarity: 'bearThing' }, 'bear market', 'bubble', 'crypto winter', 'winter', 'downtrend', 'crisis', 'recession', 'bear phase', 'bear case'),
  cues({ polarity: 'end', sense: afterCopula }, 'over', 'dead', 'done', 'finished'),
  cues({ polarity: 'end' }, 'ended', 'has ended', 'have ended', 'end of', 'behind us', 'came to an end', 'coming to an end'),
  cues(negator, ...CONTRACTED_NEGATIONS, 'cannot', 'not', 'no', 'never', 'no longer', 'nothing', 'without', 'hardly', 'rule out', 'ruled out', 'prevent', 'prevents', 'avoid', 'avoids', 'stop', 'stops', 'cease', 'fails to', 'fail to', 'unable to'),
  cues({ blocker: true }, 'not only', 'not just', 'no one', 'the will', 'political will', 'free will', 'goodwill', 'at will', 'willpower', 'will of', 'as expected', 'nothing but', 'in the long run', 'no matter'),
  cues({ reports: true }, 'expects', 'expected', 'predicts', 'predicted', 'forecasts', 'sees', 'anticipates', 'warns', 'warned', 'estimates', 'believes', 'thinks', 'argues', 'says', 'said'),
  cues({ time: true }, 'next', 'coming', 'soon', 'year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'quarter', 'quarters', 'half', 'term', 'cycle', 'eventually', 'future', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4', 'end', 'early', 'mid', 'late', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'may'),
  // Evaluative words beyond the frequent ones above: judgments of quality, safety, value, clarity and degree.
  cues(evaluative, 'good', 'bad', 'healthy', 'unhealthy', 'robust', 'fragile', 'resilient', 'solid', 'sound', 'safe', 'unsafe', 'dangerous', 'speculative', 'volatile', 'unstable', 'sustainable', 'unsustainable', 'attractive', 'compelling', 'impressive', 'disappointing', 'meaningful', 'substantial', 'modest', 'limited', 'unclear', 'uncertain', 'unambiguous', 'ambiguous', 'fair', 'unfair', 'efficient', 'inefficient', 'valuable', 'useful', 'useless', 'relevant', 'irrelevant', 'successful', 'popular', 'mature', 'immature', 'crowded', 'saturated', 'overheated', 'uneconomic', 'profitable', 'unprofitable', 'viable', 'genuine', 'genuinely', 'a lot', 'largely', 'highly', 'quite', 'rather', 'fairly', 'relatively', 'increasingly', 'particularly', 'especially', 'notably', 'remarkably', 'surprisingly', 'unfortunately', 'fortunately', 'arguably', 'simply', 'merely', 'enough', 'sufficient', 'insufficient', 'excessive', 'true', 'false', 'correct', 'incorrect', 'hype', 'overhyped', 'concern', 'concerns', 'worrying', 'challenge', 'challenges', 'obstacle', 'hurdle', 'bottleneck', 'milestone', 'turning point', 'breakthrough', 'catalyst', 'tailwind', 'helped', 'hurt', 'harmful', 'damaging', 'a bet on', 'no sign of', 'than', 'safest', 'safer', 'riskier', 'clearer', 'more likely', 'less likely'),
  cues(report, 'estimate', 'argue', 'arguing', 'believe', 'warn', 'cautioned', 'likes to say', 'dissented', 'testified', 'acknowledged', 'admitted', 'conceded'),
  cues({ evidence: 'forecast' }, 'largely expected', 'widely expected', 'no plans to', 'has no plans', 'have no plans'),
  cues(fact, 'market caps', 'stood at', 'stands at', 'closed at', 'closed the', 'opened', 'ended the', 'up from', 'down from'),
  cues({ evidence: 'fact', weight: 1, sense: capitalised }, 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'),
  // Disclaimers, refusals to comment and a host's requests are not claims, whatever words they hold.
  cues({ against: 'narration' }, 'does not constitute', 'not investment advice', 'not financial advice', 'for information only', 'for informational purposes', 'declined to comment', 'did not respond', 'could not be reached', 'no comment', 'not a recommendation'),
  cues({ against: 'instruction' }, 'tell us', 'walk us through', 'talk us through', 'introduce yourself', 'tell me about'),
  // A guest's self-introduction is about the guest, not a claim ("I joined crypto in 2018").
  cues({ against: 'narration' }, 'i joined', 'i started my career', 'my background is', 'before that, i', 'before that i', 'i began my career', 'i spent years at'),
  cues({ blocker: true }, 'hard to predict', 'difficult to predict', 'impossible to predict', 'hard to say', 'good morning', 'good evening', 'a good question', 'great question', 'good question', 'fair enough', 'fair question', 'thank you very much', 'more than happy', 'rather than'),
  cues({ pronoun: true }, 'it', 'its', 'they', 'them', 'their', 'this', 'these', 'the token', 'the network', 'the company', 'the project', 'the protocol', 'the firm', 'the exchange', 'he', 'she', 'his', 'her'),
  );


export const en: Lexicon = {
  lang: 'en',
  wordBoundaries: true,
  negationScope: 'before',
  entries,
  /** Other forms of the listed single words: "underperformed", "liquidates", "surging". */
  forms: inflectedForms(entries, englishBases, englishForms),
  wordFormSuffixes: ENGLISH_INFLECTIONS,
};
