import type { EventKind } from '../data/types.js';
import { sentence } from '../internal/i18n.js';
import type { Catalogue } from './catalogue.js';

/**
 * French: every key of every section (the type says so), in the words a French
 * newsroom uses, spaced as French is printed: a no-break space (\u00a0)
 * before a colon and inside « », a narrow no-break space (\u202f) before
 * ; ? !, so a line never starts with the punctuation.
 */
const s = (n: number) => (n >= 2 ? 's' : '');

const KIND_COUNT: Record<EventKind, [string, string]> = {
  ceasefire: ['cessez-le-feu', 'cessez-le-feu'],
  violation: ['violation du cessez-le-feu signalée', 'violations du cessez-le-feu signalées'],
  attack: [
    'attaque signalée contre une zone habitée',
    'attaques signalées contre des zones habitées',
  ],
};
const ORDINALS = [
  'première',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'sixième',
  'septième',
  'huitième',
];
const ordinal = (n: number, count: string) => ORDINALS[n - 1] ?? `numéro ${count}`;

const CONTRACTED: Record<'de' | 'à', Record<string, string>> = {
  de: { Le: 'du', Les: 'des' },
  à: { Le: 'au', Les: 'aux' },
};

/**
 * "de" or "à" before a word the catalogue does not know (a place, a metric's
 * noun), as French writes them: "d’Erevan", "d’immeubles", "du Caire",
 * "aux Ulis"; "de Bakou", "à La Haye". A leading h is left alone: whether
 * it elides depends on the word.
 */
function before(word: 'de' | 'à', text: string): string {
  const [, article, rest] = /^(Les?) (.+)$/.exec(text) ?? [];
  if (article && rest) return `${CONTRACTED[word][article]} ${rest}`;
  return word === 'de' && /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(text) ? `d’${text}` : `${word} ${text}`;
}

const fr: Catalogue = {
  common: {
    qualifier: {
      exact: '',
      about: 'environ ',
      estimated: 'selon une estimation, ',
      'at-least': 'au moins ',
      'more-than': 'plus de ',
      'up-to': 'jusqu’à ',
    },
    dateNotStated: 'date non précisée',
    dateNotStatedBefore: (day) => `date non précisée (avant le ${day})`,
    dayNotStated: 'jour non précisé',
    dateTime: (date, time, about) => `${date}, ${about ? 'vers ' : ''}${time}`,
    time: (time, about) => `${about ? 'vers ' : ''}${time}`,
    asOf: (date) => `au ${date}`,
    separator: '\u202f; ',
    colon: '\u00a0:',
    // 0 and 1 take the singular in French: « civils tués : 1 ».
    counted: (figure, label, value) =>
      value < 2 ? `${label}\u00a0: ${figure}` : `${figure} ${label}`,
    changed: (title, summary) => `${title}. ${summary}`,
    namesNoSource: (reporter) => `${reporter} (le rapport ne cite aucune source)`,
    reporterKind: {
      party: 'rapporté par une partie au conflit',
      advocacy: 'affirmation propre d’un rapport de plaidoyer',
      independent: 'déclaration d’une organisation indépendante, non une vérification',
    },
    statusReported: (kinds, unverified) =>
      `${kinds}${unverified ? '\u202f; non vérifié de manière indépendante' : ''}.`,
    statusCorroborated: 'Corroboré par une organisation indépendante.',
    statusMixed: (kinds, unverified) =>
      `${kinds}. Certaines affirmations corroborées par une organisation indépendante${unverified ? ', les autres non vérifiées de manière indépendante' : ''}.`,
    heading: (section) => `intertitre du rapport\u00a0: «\u00a0${section}\u00a0»`,
    sourceLine: (reporters, date, status, cited) =>
      `${sentence(`${reporters.length > 1 ? 'Sources' : 'Source'}\u00a0: ${reporters.join('\u202f; ')}${date ? `, ${date}` : ''}`)} ${status} Cité d’après ${sentence(cited)}`,
    citedFrom: (where) => `Cité d’après ${sentence(where)}`,
    scopeFallback: (reporters) => `Chiffres tels que rapportés par ${reporters}.`,
    getData: 'Télécharger les données (CSV)',
    saveImage: 'Enregistrer l’image',
    saveSvg: 'SVG',
    savePng: 'PNG',
    savePng2x: 'PNG, 2×',
    error: {
      'fetch-failed': 'Les chiffres n’ont pas pu être chargés.',
      timeout: 'Le chargement des chiffres a pris trop de temps.',
      'http-status': 'Les chiffres n’ont pas pu être chargés.',
      'content-type': 'Les chiffres n’ont pas pu être lus.',
      'too-large': 'Les chiffres n’ont pas pu être chargés\u00a0: le fichier est trop volumineux.',
      'invalid-json': 'Les chiffres n’ont pas pu être lus.',
      'invalid-data':
        'Les chiffres ne sont pas utilisables\u00a0: les données contiennent des erreurs.',
      'invalid-attribute': 'Ce graphique est mal configuré.',
      'unknown-region': 'Ce graphique demande une région absente des données.',
      'invalid-csv': 'Le tableur n’est pas utilisable.',
      'csv-rows-skipped': 'Certaines lignes du tableur ont été écartées.',
      'image-failed': 'L’image n’a pas pu être enregistrée.',
    },
  },
  counter: {
    loading: 'Chargement du chiffre…',
    labelIn: (metric, place) => `${metric} (${place})`,
    alsoGives: (list, sameSource) =>
      `${sameSource ? 'Le rapport donne aussi' : 'Les sources donnent aussi'} ${list}.`,
    version: (figure, date) => `${figure} (${date})`,
    whyShown: (figure) => `Pourquoi ${figure} est affiché`,
    noteLabel: 'Remarque\u00a0:',
    noneDatedBy: (day) => `Aucun chiffre n’est daté du ${day} ou d’une date antérieure.`,
    givenUndated: 'Cette version est donnée sans date.',
    firstListed:
      'Aucune version n’est datée et les données n’indiquent pas laquelle privilégier\u00a0: la première citée est affichée.',
    latestBy: (day) => `C’est le chiffre le plus récent daté du ${day} ou d’une date antérieure.`,
    latest: 'C’est le chiffre daté le plus récent.',
    notReported: (region, day) =>
      `Non communiqué${region ? ` pour ${region}` : ''}${day ? ` au ${day}` : ''}`,
    notReportedSummary: (label, region, day) =>
      sentence(
        `${label}\u00a0: non communiqué${region ? ` pour ${region}` : ''}${day ? ` au ${day}` : ''}`,
      ),
    summary: (figure, date) => `${figure}, ${sentence(date)}`,
    datasetChecked: (title, sources) =>
      `Jeu de données consulté\u00a0: «\u00a0${title}\u00a0»${sources ? ` (${sources})` : ''}.`,
  },
  chart: {
    loading: 'Chargement des chiffres régionaux…',
    plot: (count, countText, max) =>
      `Graphique en barres, ${countText} ${count === 1 ? 'barre' : 'barres'}, échelle de 0 à ${max}`,
    keys: 'Les flèches passent d’une région à l’autre\u202f; Entrée ou Espace affiche ou masque les détails\u202f; Échap les masque.',
    showTable: 'Afficher le tableau',
    hideTable: 'Masquer le tableau',
    region: 'Région',
    date: 'Date',
    dateSourceStatus: 'Date, source et statut',
    sum: 'Somme des chiffres régionaux',
    national: 'Chiffre national',
    notReported: 'non communiqué',
    dateNotStated: 'date non précisée',
    title: (metrics, area) =>
      // "(Yémen)", not "en Yémen": a name's gender and kind (country, city) decide the preposition.
      area ? `${metrics} (${area}), par région` : `${metrics} par région`,
    whose: (reportedBy) => `selon ${reportedBy}`,
    caption: (title, whose) => (whose ? `${title}, ${whose}` : title),
    otherRegions: (count) => `Autres régions (${count})`,
    otherRegionsList: (names) => `Autres régions\u00a0: ${names}`,
    more: (count) => `${count} de plus`,
    noun: {
      killed: 'morts',
      injured: 'blessés',
      'houses-damaged': 'maisons endommagées',
      'buildings-damaged': 'immeubles d’habitation endommagés',
      'facilities-damaged': 'installations civiles endommagées',
    },
    someFigure: (metric) => `chiffre communiqué pour les ${metric}`,
    someDatedFigure: (metric, day) =>
      `chiffre pour les ${metric} daté du ${day} ou d’une date antérieure`,
    noRegion: (some, national) =>
      `aucune région n’a de ${some}${national ? ` (${national} au niveau national)` : ''}`,
    onlyRegion: (region, some, figure, national) =>
      `${region} est la seule région à avoir un ${some}, ${figure}${national ? `, sur ${national} au niveau national` : ''}`,
    leader: (region, noun, figure, national) =>
      `${region} compte le plus grand nombre signalé ${before('de', noun)}, ${figure}${national ? `, sur ${national} au niveau national` : ''}`,
    leaders: (regions, noun, figure, national) =>
      `${regions} comptent le plus grand nombre signalé ${before('de', noun)}, ${figure} chacune${national ? `, sur ${national} au niveau national` : ''}`,
    summary: (whose, clauses) => `${[whose, clauses.join('\u202f; ')].filter(Boolean).join(', ')}.`,
    fold: (top, topText, noun, highlighted, highlightedText, folded) =>
      `Les barres montrent ${top === 1 ? 'la région' : `les ${topText} régions`} comptant le plus grand nombre signalé ${before('de', noun)}${
        highlighted > 0
          ? ` et ${highlightedText} région${s(highlighted)} mise${s(highlighted)} en évidence`
          : ''
      }\u202f; les ${folded} autres sont additionnées dans une seule barre et listées dans le tableau.`,
    sumBelow: (sum, national, metric, date) =>
      `Les chiffres régionaux totalisent ${sum}, sur un total national signalé de ${national} ${metric}${date ? ` ${sentence(date)}` : '.'}`,
    sumAbove: (sum, national, metric, date) =>
      `Les chiffres régionaux totalisent ${sum}, plus que le total national signalé de ${national} ${metric}${date ? ` ${sentence(date)}` : '.'}`,
    notReportedList: (names) => `Non communiqué\u00a0: ${names}.`,
    undated: (day, lists) => `Donnés sans date, donc non représentés au ${sentence(day)} ${lists}`,
    undatedMetric: (metric, items) => `${metric}\u00a0: ${items}.`,
    undatedNational: (figure) => `chiffre national ${figure}`,
    latestBy: (day) => `Derniers chiffres au ${day} ou avant`,
    noDates: 'Dernier chiffre de chaque région\u202f; la source ne donne aucune date',
    datesVary: 'Dernier chiffre de chaque région\u202f; les dates varient',
    gap: (count, of, what) => `${what} pour ${count}${of ? ` sur ${of}` : ''}`,
    inTotal: (amount) => `${amount} au total`,
    missing: (metric, what) => `${metric}\u00a0: ${what}`,
    undatedAmount: (amount, what) => `${amount}, ${what}`,
    variousDates: 'dates diverses',
    alsoGiven: (amount, date) => `Également donné\u00a0: ${amount}, ${date}`,
    sameSource: ' (même source et même section).',
    whyShown: (amount) => `Pourquoi ${amount} est affiché`,
  },
  timeline: {
    loading: 'Chargement des événements…',
    defaultTitle: 'Cessez-le-feu, violations et attaques signalées',
    titleBy: (reportedBy) => `Cessez-le-feu, violations et attaques selon ${reportedBy}`,
    kind: {
      ceasefire: 'Cessez-le-feu',
      violation: 'Violation du cessez-le-feu signalée',
      attack: 'Attaque signalée contre une zone habitée',
    },
    kindCount: (kind, n, count) =>
      `${n === 0 ? (kind === 'ceasefire' ? 'aucun' : 'aucune') : count} ${KIND_COUNT[kind][n >= 2 ? 1 : 0]}`,
    eventCount: (n, count) => `${count} événement${s(n)}`,
    dateOf: {
      occurred: 'Date',
      agreed: 'Conclu',
      announced: 'Annoncé',
      reaffirmed: 'Réaffirmé',
      'agreed-start': 'Début convenu',
    },
    datedAs: {
      occurred: (date) => date,
      agreed: (date) => `conclu le ${date}`,
      announced: (date) => `annoncé le ${date}`,
      reaffirmed: (date) => `réaffirmé le ${date}`,
      'agreed-start': (date) => `début convenu pour le ${date}`,
    },
    zoneNotStated: (date) => `${date}, fuseau horaire non précisé`,
    localTime: (date) => `${date}, heure locale`,
    timeZoneNotStated: 'fuseau horaire non précisé',
    claim: {
      date: 'Date',
      place: 'Lieu',
      terms: 'Conditions',
      munitions: 'Munitions',
      perpetrator: 'Attribution',
      damage: 'Dégâts',
      violation: 'Violation du cessez-le-feu',
    },
    claimDated: (label, date) => `${label} (${date})`,
    countedAs: (n, count) => `Comptée comme la ${ordinal(n, count)} violation.`,
    alsoCalls: (title, n, count) =>
      `Un autre passage qualifie aussi «\u00a0${title}\u00a0» de ${ordinal(n, count)}.`,
    dateReason: 'Pourquoi cette date\u00a0:',
    where: 'Lieu',
    ceasefire: 'Cessez-le-feu',
    figures: 'Chiffres',
    note: 'Remarque',
    claims: 'Affirmations',
    status: 'Statut',
    reportedBy: 'Rapporté par',
    citedFrom: 'Cité d’après',
    violations: 'Violations de ce cessez-le-feu signalées sur cette période\u00a0:',
    close: 'Fermer les détails',
    listCut: (shown, total) =>
      `${shown} premiers sur ${total}\u202f; les flèches de la frise les parcourent tous.`,
    group: 'Groupe d’événements',
    chooseEvent: 'Choisissez un événement\u00a0:',
    position: (kind, n, of) => `${kind} · ${n} sur ${of}`,
    noFigures: 'Aucun chiffre indiqué pour cet événement',
    noCasualtyFigure: 'Aucun bilan communiqué',
    attribution: (credits, status, where) =>
      `Source\u00a0: ${credits}. ${status} Cité d’après ${where}.`,
    alsoGiven: (also) => `Également donné\u00a0: ${also}.`,
    whyThisVersion: 'Pourquoi cette version',
    keys: 'Les flèches passent d’un événement à l’autre dans l’ordre chronologique sans les ouvrir\u202f; Début et Fin vont au premier et au dernier\u202f; Entrée ou Espace ouvre les détails\u202f; Échap les ferme.',
    eventList: 'Événements par ordre chronologique',
    legend: {
      ceasefire:
        'Cessez-le-feu, placé à la date où il a été conclu ou annoncé, ou au début convenu\u202f; cela ne dit pas qu’il est entré en vigueur ni qu’il a tenu',
      violation:
        'Violation du cessez-le-feu signalée, reliée au cessez-le-feu qu’elle aurait rompu',
      attack: 'Attaque signalée contre une zone habitée',
    },
    legendNoFigure: 'Aucun bilan communiqué',
    legendGroup:
      'Événements proches, regroupés\u00a0: le nombre les compte, le symbole a la taille du plus lourd bilan\u202f; sélectionnez pour les lister',
    lane: {
      violation: 'Violations du cessez-le-feu signalées',
      attack: 'Attaques signalées contre des zones habitées',
    },
    labelHead: (place, day) => (place ? `${place}, ${day}` : day),
    labelToll: (figure) => `morts\u00a0: ${figure}`,
    legendSize: (largest) =>
      `La surface du symbole indique les morts signalés, pour les attaques comme pour les violations (maximum\u00a0: ${largest})`,
    summaryBetween: (counts, from, to) => `${counts} entre le ${from} et le ${to}`,
    summaryOn: (counts, day) => `${counts} le ${day}`,
    brokeredIn: (place) => `Négocié ${before('à', place)}`,
    violationOf: (ceasefire, date) => `Signalée comme violation ${ceasefire} (${date})`,
    ceasefireAt: (place) => `du cessez-le-feu ${before('de', place)}`,
    ceasefireTitled: (title) => `du cessez-le-feu «\u00a0${title}\u00a0»`,
    violationOfShort: (ceasefire) => `violation signalée du cessez-le-feu (${ceasefire})`,
    accordingTo: (figure, credits, status) => `${figure}, selon ${credits}. ${status}`,
    noCasualty: 'aucun bilan communiqué',
    claimAccordingTo: (about, credits, text) => `${about}, selon ${credits}\u00a0: ${text}`,
    groupText: (events, span, kinds) => `${events}, ${span} (${kinds})`,
    dayRange: (from, to) => `du ${from} au ${to}`,
    totals: (metric, values) => `Total national signalé (${metric})\u00a0: ${sentence(values)}`,
    noTotals: (metric) => `Aucun total national daté (${metric}) sur cette période.`,
    totalsCaption: (metric) => `Total national signalé, ${metric} (chiffres datés uniquement)`,
    undatedSnapshots: (n, count) => `${count} relevé${s(n)} non daté${s(n)} non représenté${s(n)}.`,
    undatedEvents: (n, count, titles) =>
      `${count} événement${s(n)} sans date ${n >= 2 ? 'ne sont pas placés' : 'n’est pas placé'} sur l’axe\u00a0: ${titles}.`,
    announceGroup: (group) => `Groupe\u00a0: ${sentence(group)}`,
    announceEvent: (kind, title, date, n, of) =>
      `${kind}\u00a0: ${title}, ${sentence(date)} ${n} sur ${of}.`,
  },
};

export default fr;
