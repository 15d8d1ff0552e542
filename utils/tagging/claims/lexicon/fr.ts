/**
 * French claim cues. The future and the conditional are recognised by their endings, with the
 * imperfect forms that share a spelling (tirait, ouvrait, durait) told apart by stem.
 */
import { capitalisedMidSentence, nextWords, previousWord } from './context';
import { FRENCH_INFLECTIONS, frenchBases, frenchForms, inflectedForms } from './inflection';
import { cues, mergeEntries, type CueEntry, type Lexicon, type SenseCheck, type WordFormCheck } from './types';

/** Words that may sit between "va" and its infinitive: adverbs and clitic pronouns. */
const BETWEEN_ALLER_AND_VERB = new Set([
  'donc', 'bientôt', 'certainement', 'probablement', 'encore', 'aussi', 'enfin', 'vraiment', 'très', 'rapidement',
  'forcément', 'inévitablement', 'sans', 'doute', 'sûrement', 'progressivement', 'peut-être', 'également', 'ne', 'pas',
  'plus', 'jamais', 'y', 'en', 'se', "s'", 's’', 'me', 'te', 'nous', 'vous', 'le', 'la', 'les', 'lui', 'leur', "l'", 'l’',
  "n'", 'n’', "m'", 'm’', "t'", 't’', 'tout', 'tous', 'considérablement', 'largement', 'fortement', 'naturellement',
]);

const INFINITIVE = /(?:er|ir|re|oir|ïr)$/;

/** "va"/"vont" + infinitive is the near future ("va générer"); "va à Paris", "ça va" are not. */
const allerPlusInfinitive: SenseCheck = (text, _start, end) => {
  for (const word of nextWords(text, end, 5)) {
    const bare = word.replace(/^(?:s|n|l|m|t|d)['’]/, '');
    if (INFINITIVE.test(bare) && bare.length > 2) return true;
    if (!BETWEEN_ALLER_AND_VERB.has(word) && !BETWEEN_ALLER_AND_VERB.has(bare)) return false;
  }
  return false;
};

/** Stems whose imperfect ends like a conditional (tir-ait, ouvr-ait, serr-ait, ignor-ait). */
const IMPERFECT_LOOKALIKE_STEMS = new Set([
  'tir', 'attir', 'retir', 'étir', 'aspir', 'inspir', 'expir', 'respir', 'soupir', 'transpir', 'conspir', 'désir',
  'admir', 'vir', 'chavir', 'délir', 'empir', 'livr', 'délivr', 'ouvr', 'couvr', 'découvr', 'recouvr', 'œuvr',
  'manœuvr', 'enivr', 'cadr', 'encadr', 'poudr', 'engendr', 'serr', 'err', 'enterr', 'barr', 'bourr', 'ferr',
  'desserr', 'resserr', 'entr', 'rentr', 'montr', 'démontr', 'rencontr', 'concentr', 'illustr', 'enregistr', 'administr',
]);

/** Nouns and names with a future-like ending. */
const FUTURE_LOOKALIKES = new Set([
  'caméra', 'opéra', 'choléra', 'véra', 'lira', 'sierra', 'hydra', 'cathédra', 'libra', 'extra', 'ultra', 'contra',
  'tiara', 'mira', 'cobra', 'terra', 'era', 'mantra', 'tantra', 'sutra', 'zebra', 'algebra', 'cara', 'para', 'vrais',
]);

/** Letters that end a future stem before -ra/-ront: parl-e-ra, fin-i-ra, vien-d-ra, met-t-ra, de-v-ra, pou-r-ra, au-ra, connaî-t-ra. */
const FUTURE_STEM_ENDINGS = /(?:e|i|d|tt|v|r|u|ît)$/;

/**
 * The simple future (3rd person "-ra/-ront", 1st plural "-rons" after "nous") and the conditional
 * ("-rait/-raient/-rais") from a word's ending; imperfects that look alike (tirait, ouvrait) are excluded.
 */
const frenchVerbForm: WordFormCheck = (word, text, start) => {
  if (word.length < 4 || FUTURE_LOOKALIKES.has(word) || capitalisedMidSentence(text, start)) return undefined;
  let stem: string | undefined;
  let conditional = false;
  if (word.endsWith('ra')) stem = word.slice(0, -2);
  else if (word.endsWith('ront')) stem = word.slice(0, -4);
  else if (word.endsWith('rons')) {
    if (!/(?:^|[^\p{L}])nous\s+(?:(?:ne|n['’]|en|y|le|la|les|l['’]|lui|leur|vous)\s*)*$/u.test(text.slice(Math.max(0, start - 30), start))) return undefined;
    stem = word.slice(0, -4);
  } else {
    const conditionalEnding = /r(?:aient|ait|ais)$/.exec(word);
    if (!conditionalEnding) return undefined;
    stem = word.slice(0, conditionalEnding.index);
    conditional = true;
    if (IMPERFECT_LOOKALIKE_STEMS.has(`${stem}r`)) return undefined;
  }
  if (!stem || !FUTURE_STEM_ENDINGS.test(stem)) return undefined;
  // Only avoir and savoir build their future on -u- (aura, saurait); durait, assura are imperfect or past.
  if (stem.endsWith('u') && !/^s?au$/.test(stem)) return undefined;
  if (conditional && /[^t]t$/.test(stem)) return undefined;
  return directed(word, conditional);
};

const FUTURE: CueEntry = { evidence: 'forecast' };
const CONDITIONAL: CueEntry = { evidence: 'forecast', weight: 1.5 };
const FUTURE_UP: CueEntry = { ...FUTURE, polarity: 'up' };
const FUTURE_DOWN: CueEntry = { ...FUTURE, polarity: 'down' };
const CONDITIONAL_UP: CueEntry = { ...CONDITIONAL, polarity: 'up' };
const CONDITIONAL_DOWN: CueEntry = { ...CONDITIONAL, polarity: 'down' };

/** Verb stems whose future or conditional also gives a direction: montera (up), chuterait (down). */
const UP_STEMS = /^(?:mont|grimp|augment|progress|dépass|franch|atteind|accélér|doubl|rebond|croît|envol|bondi|gagn|profit|bénéfici|domin|prospér|adopt|capt|remont)/;
const DOWN_STEMS = /^(?:baiss|chut|recul|ralenti|diminu|effondr|plong|perd|freiner|freine|pénalis|échou|s'effondr|disparaît|stagn)/;

function directed(word: string, conditional: boolean): CueEntry {
  if (UP_STEMS.test(word)) return conditional ? CONDITIONAL_UP : FUTURE_UP;
  if (DOWN_STEMS.test(word)) return conditional ? CONDITIONAL_DOWN : FUTURE_DOWN;
  return conditional ? CONDITIONAL : FUTURE;
}

/** Second particles of written French negation; "ne … que" (only) is not among them. */
const NEGATION_PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'aucun', 'aucune', 'point', 'personne', 'nullement', 'ni']);

/**
 * "ne" negates only with its second particle ("ne … pas"); alone it is the expletive of
 * "je crains que l'AMF ne freine", "avant qu'il ne soit trop tard", which negates nothing.
 */
const neWithParticle: SenseCheck = (text, _start, end) => nextWords(text, end, 4).some((word) => NEGATION_PARTICLES.has(word));

/** "selon"/"d'après" report a source only when a name follows ("selon Arthur Hayes"), not "selon les données". */
/** A month dates an event after "en", "début", "fin", "mi-", "depuis" or "dès" ("publié en juillet"); "mars" alone may be the planet. */
const datedMonth: SenseCheck = (text, start) => DATING_WORDS.has(previousWord(text, start).replace(/-$/, ''));
const DATING_WORDS = new Set(['en', 'début', 'fin', 'mi', 'depuis', 'dès', 'courant']);

const sourceFollows: SenseCheck = (text, _start, end) => /^\s+[A-ZÀ-Ý]/.test(text.slice(end, end + 3));

const forecast = { evidence: 'forecast' as const };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };
const negator = { negates: true };


const entries = mergeEntries(
  // Ruling out a ruling-out is a hedged forecast, not a negation: "cannot rule out a crash" is bearish.
  cues({ evidence: 'forecast', weight: 1.5 }, 'on ne peut pas exclure', 'ne peut pas être exclu', "n'est pas exclu", 'n’est pas exclu', 'pas exclu', "n'exclus pas", 'n’exclus pas', "n'exclut pas", 'n’exclut pas'),
  cues(forecast, 'devrait', 'devraient', 'devrais', 'devrions', 'devriez', 'sera', 'seront', 'serons', 'aura', 'auront', 'aurons', 'deviendra', 'deviendront', 'probablement', 'sans doute', 'vraisemblablement', "s'attendre à", 's’attendre à', "s'attend à", 's’attend à', "s'attendent à", 's’attendent à', 'nous attendons', "j'attends", 'j’attends', 'attendu', 'attendue', 'attendus', 'attendues', 'prévoit', 'prévoient', 'prévu', 'prévue', 'prévision', 'prévisions', 'anticipe', 'anticipent', 'prédit', 'prédisent', 'prédiction', 'prédictions', 'à venir', "à l'avenir", 'à l’avenir', "dans l'avenir", 'dans l’avenir', 'prochainement', 'bientôt', "d'ici", 'd’ici', 'il est probable', 'est en passe de', 'sont en passe de', 'est sur le point de', 'en bonne voie', "s'apprête à", 's’apprête à', 'finira par', 'finiront par', 'perspectives', 'promet de', 'promettent de', 'tôt ou tard'),
  cues({ ...forecast, sense: allerPlusInfinitive }, 'va', 'vont', 'vais', 'allons', 'allez'),
  cues(hedge, 'pourrait', 'pourraient', 'pourrais', 'pourrions', 'pourriez', 'peut-être', 'possible', 'possibles', 'il est possible', 'risque de', 'risquent de', 'potentiel', 'potentielle', 'potentiellement', 'serait', 'seraient', 'aurait', 'auraient', 'probable', 'probables', 'improbable'),
  cues(opinion, 'je crains', 'je redoute', "j'ai peur", 'j’ai peur', 'je doute', 'je pense', 'je crois', 'je suis convaincu', 'je suis convaincue', 'je suis persuadé', 'je suis persuadée', 'je considère', "j'estime", 'j’estime', 'je trouve que', 'je juge', 'à mon avis', 'selon moi', "d'après moi", 'd’après moi', 'pour moi', 'à mes yeux', 'mon point de vue', 'mon opinion', 'nous pensons', 'nous croyons', 'nous sommes convaincus', 'il me semble', 'je dirais', 'je parie', 'je mise', 'je suis optimiste', 'je suis pessimiste', 'personnellement', 'je reste convaincu', 'sans aucun doute', 'je suis certain', 'je suis sûr', 'je suis confiant', 'nous estimons', 'je ne doute pas'),
  cues({ ...opinion, negatesClause: true }, 'je ne pense pas', 'je ne crois pas'),
  // A negated view of someone else governs its whole clause ("elle ne pense pas que le marché reparte").
  cues({ evidence: 'opinion', reports: true, negatesClause: true }, 'ne pense pas', 'ne pensent pas', 'ne crois pas', 'ne croit pas', 'ne croient pas', "ne s'attend pas", 'ne s’attend pas', "ne s'attendent pas", 'ne s’attendent pas', 'ne prévoit pas', 'ne voit pas', 'ne voient pas', "n'estime pas", 'n’estime pas'),
  cues(normative, 'il faut', 'il faudra', 'il faudrait', 'doit', 'doivent', 'devons', 'devez', 'nécessaire', 'indispensable', 'il est temps', 'mérite'),
  cues(evaluative, 'important', 'importante', 'importants', 'importantes', 'crucial', 'cruciale', 'cruciaux', 'cruciales', 'clé', 'clés', 'essentiel', 'essentielle', 'essentiels', 'essentielles', 'fondamental', 'fondamentale', 'fondamentaux', 'fondamentalement', 'majeur', 'majeure', 'majeurs', 'majeures', 'énorme', 'énormes', 'considérable', 'considérables', 'significatif', 'significative', 'central', 'centrale', 'centraux', 'meilleur', 'meilleure', 'meilleurs', 'pire', 'le plus', 'la plus', 'les plus', 'plus grand', 'plus grande', 'inévitable', 'inévitables', 'inévitablement', 'clairement', 'évidemment', 'évident', 'indéniablement', 'véritable', 'véritablement', 'vraiment', 'en réalité', 'problème', 'problèmes', 'risque', 'risques', 'opportunité', 'opportunités', 'erreur', 'difficile', 'difficiles', 'facile', 'impossible', 'prometteur', 'prometteuse', 'prometteurs', 'prometteuses', 'révolutionnaire', 'excellent', 'mauvais', 'surévalué', 'sous-évalué', 'dominant', 'dominante', 'incontournable', 'décisif', 'décisive', 'remarquable', 'particulièrement', 'extrêmement', 'très', 'trop', 'beaucoup plus', 'nettement', 'bien plus', 'de loin', 'principal', 'principale', 'principaux', 'primordial', 'vital', 'déterminant', 'déterminante', 'pilier', 'moteur', 'avenir', 'seul', 'seule', 'unique', 'réellement', 'justement', 'précisément', 'profond', 'profonde', 'immense', 'immenses', 'sous-estimé', 'surestimé'),
  cues(report, 'a déclaré', 'a affirmé', 'a souligné', 'a indiqué', 'a expliqué', 'a estimé', 'a prévenu', 'a averti', 'a prédit', 'a annoncé', 'affirme', 'déclare', 'souligne', 'estime', 'estiment', 'rapporte', 'indique', 'explique', 'ajoute', 'a ajouté', 'juge', 'assure', 'note', 'avance', 'insiste', 'met en garde', 'a écrit', 'écrit', 'a précisé', 'précise'),
  cues({ ...report, sense: sourceFollows }, 'selon', "d'après", 'd’après'),
  // Judgements of degree, soundness and risk; approximate counts; rankings; licensing and publishing events.
  cues(evaluative, 'bon', 'bonne', 'spéculatif', 'sévère', 'assez', 'plutôt', 'à quel point', 'paradoxe', 'danger', 'défaut', 'défauts', 'comparable', 'solide', 'sain', 'risqué', 'volatil', 'dangereux', 'attractif', 'encore plus', 'injuste', 'exigeant', 'pierre angulaire', 'mal placé', 'réel', 'réelle', 'un fait'),
  cues(down, 'effondré', 'retombé', 'retomber', 'fragiliser', 'souffre', 'souffrent'),
  cues(fact, 'dizaine', 'douzaine', 'vingtaine', 'trentaine', 'centaine', 'centaines', 'milliers', 'le premier', 'la première', 'a obtenu', 'ont obtenu', 'a accordé', 'ont accordé', 'a délivré', 'ont délivré', 'a publié', 'ont publié'),
  cues({ evidence: 'fact', weight: 1, sense: datedMonth }, 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'),
  cues({ blocker: true }, 'hausse le ton', 'hausser le ton', 'haussé le ton'),
  cues({ against: 'narration' }, 'reste à savoir', "j'ai rejoint", 'j’ai rejoint', "j'ai commencé ma carrière", 'j’ai commencé ma carrière', 'présentez-vous'),
  // "Pour Hélène Varin, …": the sentence may name its source; no evidence of a claim by itself.
  cues({ reports: true, sense: sourceFollows }, 'pour'),
  cues(fact, 'deux fois', 'trois fois', 'dix fois', 'consécutif', 'consécutive', 'consécutifs', 'consécutives', 'doublé', 'triplé', 'a doublé', 'ont doublé', 'record', 'records', 'historique', 'pour la première fois', 'milliard', 'milliards', 'million', 'millions', 'pour cent', 'deux tiers', 'la moitié', 'un tiers', 'un quart', 'dollars', 'euros', 'a atteint', 'ont atteint', 'atteint', 'a dépassé', 'ont dépassé', 'a levé', 'a racheté', 'a acquis', 'a lancé', 'approuvé', 'approuvée', 'capitalisation', 'volume', 'détient', 'détiennent'),
  cues({ against: 'narration' }, 'je ne dis pas', 'dans cet épisode', 'dans ce podcast', 'dans cet article', 'dans ce discours', 'dans cette interview', 'dans cet entretien', 'cet article', 'cet épisode', 'je souhaite partager', 'je voudrais partager', 'je vais vous parler', 'parlons', 'voyons', 'passons', 'revenons', 'commençons', 'nous allons parler', 'nous allons discuter', 'nous allons voir', 'dans cette vidéo', 'voici', 'ci-dessous', 'ce qui suit', "l'intégralité", 'l’intégralité', 'a approfondi', 'a abordé', 'a partagé', 'a présenté', 'a évoqué', 'résumons', 'mon intervention', 'cette intervention', 'durant cette intervention', 'aujourd’hui, je', "aujourd'hui, je"),
  cues({ against: 'greeting' }, 'merci', 'bonjour', 'bonsoir', 'bienvenue', 'salut', 'au revoir', 'à bientôt', 'ravi de', 'ravie de', 'un plaisir'),
  cues({ against: 'instruction' }, 'abonnez-vous', 'cliquez', 'suivez-nous', 'rejoignez', 'inscrivez-vous', "n'oubliez pas", 'n’oubliez pas', 'retrouvez', 'téléchargez', 'scannez'),
  cues(up, 'baisse des taux', 'baisses de taux', 'baisse de taux', 'planche à billets', 'meilleure que prévu', 'atteindre', 'atteint', 'capter', 'profiter', 'bénéficier', 'accélérer', 'adopter', 'dominer', 'principal', 'principale', 'privilégié', 'privilégiée', 'meilleur', 'meilleure', 'prometteur', 'prometteuse', 'opportunité', 'opportunités', 'moteur', 'doublé', 'triplé', 'doubler', 'hausse', 'hausses', 'haussier', 'haussière', 'haussiers', 'haussières', 'monter', 'monte', 'montent', 'grimper', 'grimpe', 'grimpé', "s'envoler", 's’envoler', 'envolée', 'flambée', 'bondir', 'bond', 'progresser', 'progresse', 'progression', 'croissance', 'croître', 'croît', 'augmenter', 'augmente', 'augmentation', 'dépasser', 'dépasse', 'franchir', 'franchit', 'sommet', 'sommets', 'rebond', 'rebondir', 'reprise', 'essor', 'adoption', 'afflux', 'expansion', 'explosion', 'prospérer', 'gagner', 'gains', 'surperformer', 'optimiste', 'optimisme', 'succès', 'réussir', 'renforcer', 'remonter', 'percée', 'envol', 'montée', 'plus haut'),
  cues(down, 'hausse des taux', 'hausses de taux', 'hausse de taux', 'contraints de vendre', 'forcés de vendre', 'risque', 'risques', 'à la traîne', 'problème', 'problèmes', 'pire', 'difficile', 'fragile', 'freiner', 'freine', 'freinent', 'pénaliser', 'pénalise', 'baisse', 'baisses', 'baissier', 'baissière', 'baissiers', 'chuter', 'chute', 'chuté', "s'effondrer", 's’effondrer', 'effondrement', 'krach', 'plonger', 'plongeon', 'recul', 'reculer', 'reculé', 'baisser', 'diminuer', 'diminution', 'déclin', 'décliner', 'perte', 'pertes', 'perdre', 'correction', 'sorties', 'dégringolade', 'liquidation', 'liquidations', 'faillite', 'pessimiste', 'pessimisme', 'échec', 'échouer', 'ralentir', 'ralentissement', 'marginal', 'marginale', 'marginales', 'difficultés', 'menace', 'interdiction', 'piratage', 'plus bas'),
  // Ce qui soutient un actif ou pèse dessus, au-delà des mouvements de prix.
  cues(up, 'soutenir', 'soutient', 'soutiennent', 'soutiendra', 'soutiendrait', 'soutien', 'attirer', 'attire', 'attirent', 'stimuler', 'stimule', 'porter', 'portée par', 'porté par'),
  cues(down, 'pression vendeuse', 'peser', 'pèse', 'pèsent', 'pesé', 'surévalué', 'surévaluée', 'fragilité'),
  cues({ polarity: 'bullThing' }, 'marché haussier', 'cycle haussier', 'bull run', 'bull market', 'tendance haussière', 'supercycle', 'saison des altcoins'),
  cues({ polarity: 'bearThing' }, 'marché baissier', 'bear market', 'bulle', 'crise', 'hiver crypto', 'hiver', 'récession', 'tendance baissière'),
  cues({ polarity: 'end' }, 'terminé', 'terminée', 'terminés', 'fini', 'finie', 'fin du', 'fin de la', 'achevé', 'achevée', 'touche à sa fin', 'derrière nous', "s'achève", 's’achève', 'est mort', 'est morte'),
  cues({ ...negator, sense: neWithParticle }, 'ne', "n'", 'n’'),
  cues(negator, 'non', 'sans', 'exclure', 'empêcher', 'éviter', 'cesser', 'cessera', 'arrêter de', 'ni'),
  cues({ blocker: true }, 'non seulement', 'ne cesse de', 'ne cessera de', "n'a cessé de", 'n’a cessé de', 'non plus', 'ça va', 'plus ou moins', 'bien sûr'),
  cues({ reports: true }, 'prévoit', 'prévoient', "s'attend à", 's’attend à', "s'attendent à", 's’attendent à', 'anticipe', 'anticipent', 'prédit', 'estime', 'estiment', 'pense', 'croit', 'juge'),
  // Verbs that give someone's stance rather than their words ("se montre prudente", "n'exclut pas un repli"): they name a source too.
  cues({ reports: true }, 'se montre', 'se montrent', 'exclut', "n'exclut pas", 'n’exclut pas', "n'excluent pas", 'n’excluent pas', 'craint', 'redoute', 'prévient', 'table sur', 'mise sur', 'parie sur'),
  cues({ time: true }, 'prochain', 'prochaine', 'prochains', 'prochaines', 'venir', 'bientôt', 'prochainement', 'terme', 'année', 'années', 'an', 'ans', 'mois', 'semaine', 'semaines', 'trimestre', 'trimestres', 'semestre', 'décennie', 'décennies', 'cycle', 'avenir', 'tard', 'jours', 'fin', 'début', 'milieu', 'mi', 't1', 't2', 't3', 't4', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'),
  cues({ pronoun: true }, 'il', 'elle', 'ils', 'elles', 'cela', 'celui-ci', 'celle-ci', 'ce dernier', 'cette dernière', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce projet', 'ce réseau', 'ce jeton', 'cette entreprise', 'ce protocole'),
);


export const fr: Lexicon = {
  lang: 'fr',
  wordBoundaries: true,
  negationScope: 'before',
  entries,
  /** Future and conditional endings first, then the agreeing forms of listed adjectives and participles. */
  wordForm: frenchVerbForm,
  forms: inflectedForms(entries, frenchBases, frenchForms),
  wordFormSuffixes: ['ra', 'ront', 'rons', 'rait', 'rais', 'raient', ...FRENCH_INFLECTIONS],
};
