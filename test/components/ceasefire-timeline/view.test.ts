import { expect } from '@open-wc/testing';
import {
  viewBuilder,
  type Ready,
  type TimelineView,
  type ViewInputs,
} from '../../../src/components/ceasefire-timeline/view.js';
import type { Dataset } from '../../../src/data/types.js';
import { loadCatalogue } from '../../../src/internal/i18n.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { attack, attributes } from './helpers.js';

function inputs(data: Dataset, overrides: Partial<ViewInputs> = {}): ViewInputs {
  return {
    ...attributes(),
    state: { status: 'ready', data, origin: 'property' },
    locale: 'en-GB',
    width: 800,
    fontSize: 16,
    openGroup: undefined,
    cursor: undefined,
    ...overrides,
  };
}

function ready(view: TimelineView): Ready {
  if (view.status !== 'ready') throw new Error(`expected a ready view, got ${view.status}`);
  return view;
}

const message = (view: TimelineView) => (view.status === 'error' ? view.error.message : '');

describe('viewBuilder()', () => {
  it('while loading: the title (label, or the default), nothing else', () => {
    const build = viewBuilder();
    const state = { status: 'loading' } as const;
    expect(build(inputs(synthetic(), { state }))).to.deep.equal({
      status: 'loading',
      title: 'Ceasefires, reported violations and attacks',
    });
    expect(build(inputs(synthetic(), { state, label: ' Test ' })).title).to.equal('Test');
  });

  it('a data error is the data controller’s (own: false); a bad attribute is the element’s (own: true)', () => {
    const build = viewBuilder();
    const error = { code: 'invalid-json', message: 'Bad JSON.' } as const;
    const data = build(inputs(synthetic(), { state: { status: 'error', error } }));
    expect(data.status === 'error' && data.own).to.equal(false);
    const own = build(inputs(synthetic(), { kinds: 'airstrike' }));
    expect(own.status === 'error' && own.own).to.equal(true);
  });

  it('a range that runs backwards is a problem, naming where the end came from', () => {
    const build = viewBuilder();
    expect(message(build(inputs(synthetic(), { from: '2030-01-08', to: '2030-01-03' })))).to.equal(
      'from=“2030-01-08” is after to=“2030-01-03”.',
    );
    expect(message(build(inputs(synthetic(), { from: '2030-02-01' })))).to.equal(
      'from=“2030-02-01” is after the data’s last day, 2030-01-10.',
    );
  });

  it('data with nothing dated is a problem, not an empty axis', () => {
    const data = synthetic();
    data.events = data.events.filter((e) => e.date.value === undefined);
    data.national = {};
    expect(message(viewBuilder()(inputs(data)))).to.equal(
      'The data has no dated events or figures to place on a timeline.',
    );
  });

  it('selected: the event, its mark and the announcement; an id not shown is a problem beside the timeline', () => {
    const build = viewBuilder();
    const { selection } = ready(build(inputs(synthetic(), { selected: 'v-1' })));
    expect([selection.position, selection.event?.id, selection.activeKey]).to.deep.equal([
      2,
      'v-1',
      'e:v-1',
    ]);
    expect(selection.announcement).to.equal(
      'Reported ceasefire violation: Reported violation in Region A, 4 Jan 2030, about 04:00. 3 of 4. At least 3 civilians killed.',
    );
    expect(selection.problem).to.equal(undefined);
    const missing = ready(build(inputs(synthetic(), { selected: 'v-1', kinds: 'attack' })));
    expect(missing.selection.problem?.message).to.equal(
      'selected=“v-1” is not an event shown on this timeline.',
    );
  });

  it('the keyboard cursor, with no card open: its event drawn active and announced, no card', () => {
    const { selection } = ready(viewBuilder()(inputs(synthetic(), { cursor: 2 })));
    expect([selection.activeKey, selection.cardKey, selection.event]).to.deep.equal([
      'e:v-1',
      undefined,
      undefined,
    ]);
    expect(selection.announcement).to.match(
      /^Reported ceasefire violation: .* 3 of 4\. At least 3 civilians killed\.$/,
    );
    // An open card wins: it belongs to the selected event.
    const open = ready(viewBuilder()(inputs(synthetic(), { cursor: 2, selected: 'a-1' })));
    expect([open.selection.activeKey, open.selection.cardKey]).to.deep.equal(['e:a-1', 'e:a-1']);
  });

  it('choosing another event or opening a group reuses the layout; a new width lays out again', () => {
    const data = synthetic();
    data.events.push(attack('g-1', '2030-01-08T10:00', 4), attack('g-2', '2030-01-08T11:00'));
    const build = viewBuilder();
    const first = ready(build(inputs(data, { selected: 'a-1' })));
    const second = ready(build(inputs(data, { selected: 'v-1' })));
    const group = ready(build(inputs(data, { openGroup: 'g:attack:g-1' })));
    expect(second.layout).to.equal(first.layout);
    expect(group.layout).to.equal(first.layout);
    expect(group.selection.group?.map((e) => e.id)).to.deep.equal(['g-1', 'g-2']);
    expect(group.selection.activeKey).to.equal('g:attack:g-1');
    expect(ready(build(inputs(data, { width: 900 }))).layout).to.not.equal(first.layout);
  });

  it('the legend names the kinds shown, the size scale, hollow markers and groups, as drawn', () => {
    const data = synthetic();
    data.events.push(attack('none', '2030-01-07'));
    const view = ready(viewBuilder()(inputs(data, { kinds: 'attack, violation' })));
    expect(view.legend.map((item) => [item.glyphs.map((g) => g.kind), item.text])).to.deep.equal([
      [
        ['violation'],
        'Reported ceasefire violation, linked to the ceasefire it is reported to have broken',
      ],
      [['attack'], 'Reported attack on a populated area'],
      [
        [],
        'Marker area shows reported deaths, for reported attacks and violations alike (largest: 3)',
      ],
      [['violation', 'attack'], 'No casualty figure reported'],
    ]);
    expect(view.legend[3].glyphs.every((g) => g.noFigure)).to.equal(true);
  });

  it('notes: the totals in words stand in for the drawn line (screen readers only), undated things are named', () => {
    const build = viewBuilder();
    const wide = ready(build(inputs(synthetic(), { showTotals: true })));
    expect(wide.notes).to.deep.equal([
      {
        words:
          'Reported national total of civilians killed: 5 as of 5 Jan 2030; 12 as of 10 Jan 2030.',
        hidden: true,
      },
      { words: '1 undated snapshot not shown.', hidden: false },
      {
        words: '1 event has no stated date and is not placed on the axis: Undated attack.',
        hidden: false,
      },
    ]);
    const narrow = ready(build(inputs(synthetic(), { showTotals: true, width: 360 })));
    expect(narrow.notes[0].hidden).to.equal(false);
    expect(wide.summary).to.equal(
      '2 ceasefires, 1 reported ceasefire violation and 1 reported attack on a populated area between 2 Jan and 10 Jan 2030.',
    );
  });

  it('a kind asked for with none in the range is "no ceasefires", not "0 ceasefires"', async () => {
    const range = { kinds: 'ceasefire,violation', from: '2030-01-04', to: '2030-01-05' };
    const view = ready(viewBuilder()(inputs(synthetic(), range)));
    expect(view.summary).to.equal(
      'No ceasefires and 1 reported ceasefire violation between 4 Jan and 5 Jan 2030.',
    );
    await loadCatalogue('fr');
    const fr = ready(viewBuilder()(inputs(synthetic(), { ...range, locale: 'fr' })));
    expect(fr.summary).to.match(/^Aucun cessez-le-feu et 1 violation du cessez-le-feu signalée /);
  });
});
