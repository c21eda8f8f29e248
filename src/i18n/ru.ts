import type { EventKind } from '../data/types.js';
import { plural, sentence } from '../internal/i18n.js';
import type { Catalogue } from './catalogue.js';

/** Russian: every key of every section (the type says so), with Russian plural forms. */
const forms = (n: number, one: string, few: string, many: string) =>
  plural('ru', n, { one, few, many, other: few });

const KIND_COUNT: Record<EventKind, [string, string, string]> = {
  ceasefire: ['перемирие', 'перемирия', 'перемирий'],
  violation: [
    'сообщение о нарушении перемирия',
    'сообщения о нарушении перемирия',
    'сообщений о нарушении перемирия',
  ],
  attack: [
    'сообщение об ударе по населённому пункту',
    'сообщения об ударах по населённым пунктам',
    'сообщений об ударах по населённым пунктам',
  ],
};
/** "Named the third violation": the ordinal in the instrumental, else the number after the noun. */
const ORDINALS = [
  'первым',
  'вторым',
  'третьим',
  'четвёртым',
  'пятым',
  'шестым',
  'седьмым',
  'восьмым',
];
const asViolation = (n: number, count: string) => {
  const word = ORDINALS[n - 1];
  return word ? `${word} нарушением` : `нарушением №\u00a0${count}`;
};

const ru: Catalogue = {
  common: {
    qualifier: {
      exact: '',
      about: 'около ',
      estimated: 'по оценке, ',
      'at-least': 'не менее ',
      'more-than': 'более ',
      'up-to': 'до ',
    },
    dateNotStated: 'дата не указана',
    dateNotStatedBefore: (day) => `дата не указана (до ${day})`,
    dayNotStated: 'день не указан',
    dateTime: (date, time, about) => `${date}, ${about ? 'около ' : ''}${time}`,
    time: (time, about) => `${about ? 'около ' : ''}${time}`,
    asOf: (date) => `по состоянию на ${date}`,
    separator: '; ',
    colon: ':',
    // The dataset's label does not agree with every number in Russian: it comes first.
    counted: (figure, label) => `${label}: ${figure}`,
    changed: (title, summary) => `${title}. ${summary}`,
    namesNoSource: (reporter) => `${reporter} (в докладе источник не назван)`,
    reporterKind: {
      party: 'сообщено стороной конфликта',
      advocacy: 'собственное утверждение доклада, отстаивающего определённую позицию',
      independent: 'заявление независимой организации, а не проверка',
    },
    statusReported: (kinds, unverified) =>
      `${kinds}${unverified ? '; не подвергалось независимой проверке' : ''}.`,
    statusCorroborated: 'Подтверждено независимой организацией.',
    statusMixed: (kinds, unverified) =>
      `${kinds}. Часть утверждений подтверждена независимой организацией${unverified ? ', остальные не подвергались независимой проверке' : ''}.`,
    heading: (section) => `заголовок раздела доклада: «${section}»`,
    sourceLine: (reporters, date, status, cited) =>
      `${sentence(`${reporters.length > 1 ? 'Источники' : 'Источник'}: ${reporters.join('; ')}${date ? `, ${date}` : ''}`)} ${status} Цитируется по: ${sentence(cited)}`,
    citedFrom: (where) => `Цитируется по: ${sentence(where)}`,
    scopeFallback: (reporters) => `Данные в изложении: ${reporters}.`,
    getData: 'Скачать данные (CSV)',
    saveImage: 'Сохранить изображение',
    saveSvg: 'SVG',
    savePng: 'PNG',
    savePng2x: 'PNG, 2×',
    error: {
      'fetch-failed': 'Не удалось загрузить данные.',
      timeout: 'Данные загружались слишком долго.',
      'http-status': 'Не удалось загрузить данные.',
      'content-type': 'Не удалось прочитать данные.',
      'too-large': 'Не удалось загрузить данные: файл слишком большой.',
      'invalid-json': 'Не удалось прочитать данные.',
      'invalid-data': 'Данные нельзя использовать: в них есть ошибки.',
      'invalid-attribute': 'График настроен неверно.',
      'unknown-region': 'График запрашивает регион, которого нет в данных.',
      'invalid-csv': 'Таблицу нельзя использовать.',
      'csv-rows-skipped': 'Некоторые строки таблицы пропущены.',
      'image-failed': 'Не удалось сохранить изображение.',
    },
  },
  counter: {
    loading: 'Загрузка данных…',
    labelIn: (metric, place) => `${metric} (${place})`,
    alsoGives: (list, sameSource) =>
      `${sameSource ? 'В докладе также приводится' : 'В источниках также приводится'}: ${list}.`,
    version: (figure, date) => `${figure} (${date})`,
    whyShown: (figure) => `Почему показано ${figure}`,
    noteLabel: 'Примечание:',
    noneDatedBy: (day) => `Нет данных, датированных ${day} или ранее.`,
    givenUndated: 'Эта версия приводится без даты.',
    firstListed:
      'Ни у одной версии нет даты, и данные не говорят, какую предпочесть: показана первая из приведённых.',
    latestBy: (day) => `Это последние данные, датированные ${day} или ранее.`,
    latest: 'Это последние датированные данные.',
    notReported: (region, day) =>
      `Нет данных${region ? ` по региону ${region}` : ''}${day ? ` по состоянию на ${day}` : ''}`,
    notReportedSummary: (label, region, day) =>
      sentence(
        `${label}: нет данных${region ? ` по региону ${region}` : ''}${day ? ` по состоянию на ${day}` : ''}`,
      ),
    summary: (figure, date) => `${figure}, ${sentence(date)}`,
    datasetChecked: (title, sources) =>
      `Просмотрен набор данных «${title}»${sources ? ` (${sources})` : ''}.`,
  },
  chart: {
    loading: 'Загрузка данных по регионам…',
    plot: (count, countText, max) =>
      `Столбчатая диаграмма, ${countText} ${forms(count, 'столбец', 'столбца', 'столбцов')}, шкала от 0 до ${max}`,
    keys: 'Стрелки переходят между регионами; Enter или пробел показывает или скрывает подробности; Escape скрывает их.',
    showTable: 'Показать таблицу',
    hideTable: 'Скрыть таблицу',
    region: 'Регион',
    date: 'Дата',
    dateSourceStatus: 'Дата, источник и статус',
    sum: 'Сумма по регионам',
    national: 'Данные по стране',
    notReported: 'нет данных',
    dateNotStated: 'дата не указана',
    title: (metrics, area) =>
      area ? `${metrics}: ${area}, по регионам` : `${metrics} по регионам`,
    // Russian would decline the reporters after "по данным"; the dataset names them in the
    // nominative only, so they follow a colon, at the end of the summary and the caption.
    whose: (reportedBy) => `по данным: ${reportedBy}`,
    caption: (title, whose) => (whose ? `${title} (${whose})` : title),
    otherRegions: (count) => `Другие регионы (${count})`,
    otherRegionsList: (names) => `Другие регионы: ${names}`,
    more: (count) => `ещё ${count}`,
    noun: {
      killed: 'погибших',
      injured: 'раненых',
      'houses-damaged': 'повреждённых домов',
      'buildings-damaged': 'повреждённых жилых зданий',
      'facilities-damaged': 'повреждённых гражданских объектов',
    },
    someFigure: (metric) => `сообщаемые данные по показателю «${metric}»`,
    someDatedFigure: (metric, day) =>
      `данные по показателю «${metric}», датированные ${day} или ранее`,
    noRegion: (some, national) =>
      `ни по одному региону не приводятся ${some}${national ? ` (по стране: ${national})` : ''}`,
    onlyRegion: (region, some, figure, national) =>
      `${region} — единственный регион, по которому приводятся ${some}: ${figure}${national ? `, из ${national} по стране` : ''}`,
    leader: (region, noun, figure, national) =>
      `больше всего ${noun} сообщается в регионе ${region}: ${figure}${national ? `, из ${national} по стране` : ''}`,
    leaders: (regions, noun, figure, national) =>
      `больше всего ${noun} сообщается в регионах ${regions}: ${figure} в каждом${national ? `, из ${national} по стране` : ''}`,
    summary: (whose, clauses) => `${clauses.join('; ')}${whose ? ` (${whose})` : ''}.`,
    fold: (top, topText, noun, highlighted, highlightedText, folded) =>
      `Столбцы показывают ${top === 1 ? 'регион' : `${topText} ${forms(top, 'регион', 'региона', 'регионов')}`} с наибольшим сообщаемым числом ${noun}${
        highlighted > 0
          ? ` и ${highlightedText} ${forms(highlighted, 'выделенный регион', 'выделенных региона', 'выделенных регионов')}`
          : ''
      }; остальные (${folded}) сложены в один столбец и перечислены в таблице.`,
    sumBelow: (sum, national, metric, date) =>
      `Сумма по регионам — ${sum} из ${national}, сообщаемых по стране (${metric})${date ? `, ${sentence(date)}` : '.'}`,
    sumAbove: (sum, national, metric, date) =>
      `Сумма по регионам — ${sum}, больше, чем сообщаемые по стране ${national} (${metric})${date ? `, ${sentence(date)}` : '.'}`,
    notReportedList: (names) => `Нет данных: ${names}.`,
    undated: (day, lists) =>
      `Приводятся без даты, поэтому не показаны по состоянию на ${sentence(day)} ${lists}`,
    undatedMetric: (metric, items) => `${metric}: ${items}.`,
    undatedNational: (figure) => `по стране ${figure}`,
    latestBy: (day) => `Последние данные, датированные ${day} или ранее`,
    noDates: 'Последние данные по каждому региону; источник не указывает дат',
    datesVary: 'Последние данные по каждому региону; даты различаются',
    gap: (count, of, what) => `${count}${of ? ` из ${of}` : ''}: ${what}`,
    inTotal: (amount) => `${amount} всего`,
    missing: (metric, what) => `${metric}: ${what}`,
    undatedAmount: (amount, what) => `${amount}, ${what}`,
    variousDates: 'даты различаются',
    alsoGiven: (amount, date) => `Также приводится: ${amount}, ${date}`,
    sameSource: ' (тот же источник и раздел).',
    whyShown: (amount) => `Почему показано ${amount}`,
  },
  timeline: {
    loading: 'Загрузка событий…',
    defaultTitle: 'Перемирия, сообщения о нарушениях и ударах',
    titleBy: (reportedBy) => `Перемирия, нарушения и удары по данным: ${reportedBy}`,
    kind: {
      ceasefire: 'Перемирие',
      violation: 'Сообщение о нарушении перемирия',
      attack: 'Сообщение об ударе по населённому пункту',
    },
    kindCount: (kind, n, count) => {
      const [one, few, many] = KIND_COUNT[kind];
      return n === 0 ? `ни одного ${few}` : `${count} ${forms(n, one, few, many)}`;
    },
    eventCount: (n, count) => `${count} ${forms(n, 'событие', 'события', 'событий')}`,
    dateOf: {
      occurred: 'Когда',
      agreed: 'Заключено',
      announced: 'Объявлено',
      reaffirmed: 'Вновь подтверждено',
      'agreed-start': 'Согласованное начало',
    },
    datedAs: {
      occurred: (date) => date,
      agreed: (date) => `заключено ${date}`,
      announced: (date) => `объявлено ${date}`,
      reaffirmed: (date) => `вновь подтверждено ${date}`,
      'agreed-start': (date) => `начало согласовано на ${date}`,
    },
    zoneNotStated: (date) => `${date}, часовой пояс не указан`,
    localTime: (date) => `${date} по местному времени`,
    timeZoneNotStated: 'часовой пояс не указан',
    claim: {
      date: 'Дата',
      place: 'Место',
      terms: 'Условия',
      munitions: 'Боеприпасы',
      perpetrator: 'Кому приписывается',
      damage: 'Ущерб',
      violation: 'Нарушение перемирия',
    },
    claimDated: (label, date) => `${label} (${date})`,
    countedAs: (n, count) => `Названо ${asViolation(n, count)}.`,
    alsoCalls: (title, n, count) =>
      `Другой фрагмент также называет «${title}» ${asViolation(n, count)}.`,
    dateReason: 'Почему эта дата:',
    where: 'Где',
    ceasefire: 'Перемирие',
    figures: 'Данные',
    note: 'Примечание',
    claims: 'Утверждения',
    status: 'Статус',
    reportedBy: 'Сообщает',
    citedFrom: 'Цитируется по',
    violations: 'Сообщения о нарушениях этого перемирия в показанном периоде:',
    close: 'Закрыть подробности',
    listCut: (shown, total) =>
      `Показаны первые ${shown} из ${total}; стрелки на шкале времени проходят по всем.`,
    group: 'Группа событий',
    chooseEvent: 'Выберите событие:',
    position: (kind, n, of) => `${kind} · ${n} из ${of}`,
    noFigures: 'Для этого события данные не приводятся',
    noCasualtyFigure: 'Данных о жертвах нет',
    attribution: (credits, status, where) =>
      `Источник: ${credits}. ${status} Цитируется по: ${where}.`,
    alsoGiven: (also) => `Также приводится: ${also}.`,
    whyThisVersion: 'Почему эта версия',
    keys: 'Стрелки переходят между событиями по времени, не открывая их; Home и End — к первому и последнему; Enter или пробел открывает подробности; Escape закрывает их.',
    eventList: 'События по времени',
    legend: {
      ceasefire:
        'Перемирие, отмеченное в день заключения или объявления либо на согласованное начало; это не утверждение, что оно вступило в силу или соблюдалось',
      violation:
        'Сообщение о нарушении перемирия, связанное с перемирием, которое, по сообщениям, нарушено',
      attack: 'Сообщение об ударе по населённому пункту',
    },
    legendNoFigure: 'Данных о жертвах нет',
    legendGroup:
      'Близкие события, сгруппированы: число — сколько их, размер значка — по наибольшему числу погибших; выберите, чтобы увидеть список',
    lane: {
      violation: 'Сообщения о нарушениях перемирия',
      attack: 'Сообщения об ударах по населённым пунктам',
    },
    labelHead: (place, day) => (place ? `${place}, ${day}` : day),
    labelToll: (figure) => `погибших: ${figure}`,
    legendSize: (largest) =>
      `Площадь значка — сообщаемое число погибших, для ударов и нарушений одинаково (наибольшее: ${largest})`,
    summaryBetween: (counts, from, to) => `${counts} с ${from} по ${to}`,
    summaryOn: (counts, day) => `${counts} ${day}`,
    brokeredIn: (place) => `Место переговоров: ${place}`,
    violationOf: (ceasefire, date) => `По сообщениям, это нарушение ${ceasefire}; ${date}`,
    ceasefireAt: (place) => `перемирия (${place})`,
    ceasefireTitled: (title) => `перемирия «${title}»`,
    violationOfShort: (ceasefire) => `сообщение о нарушении перемирия (${ceasefire})`,
    accordingTo: (figure, credits, status) => `${figure}, по данным: ${credits}. ${status}`,
    noCasualty: 'данных о жертвах нет',
    claimAccordingTo: (about, credits, text) => `${about} (источник: ${credits}): ${text}`,
    groupText: (events, span, kinds) => `${events}, ${span} (${kinds})`,
    dayRange: (from, to) => `с ${from} по ${to}`,
    totals: (metric, values) => `Сообщаемое общее число по стране (${metric}): ${sentence(values)}`,
    noTotals: (metric) => `За этот период нет датированного общего числа по стране (${metric}).`,
    totalsCaption: (metric) =>
      `Сообщаемое общее число по стране, ${metric} (только датированные данные)`,
    undatedSnapshots: (n, count) =>
      `${count} ${forms(n, 'недатированная сводка не показана', 'недатированные сводки не показаны', 'недатированных сводок не показано')}.`,
    undatedEvents: (n, count, titles) =>
      `${count} ${forms(n, 'событие без даты не показано', 'события без даты не показаны', 'событий без даты не показано')} на шкале: ${titles}.`,
    announceGroup: (group) => `Группа: ${sentence(group)}`,
    announceEvent: (kind, title, date, n, of) =>
      `${kind}: ${title}, ${sentence(date)} ${n} из ${of}.`,
  },
};

export default ru;
