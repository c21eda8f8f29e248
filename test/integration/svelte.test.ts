import { expect, waitUntil } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import '../../src/elements.js';
import { parts as chartParts } from '../components/regional-bar-chart/helpers.js';
import {
  chooseFirstEvent,
  conditionalRemount,
  drawsNewerData,
  keyedListMoves,
  newerData,
  sourceFollowsHideSource,
} from '../fixtures/frameworks.js';
import { settled } from '../fixtures/settled.js';
import { synthetic } from '../fixtures/synthetic.js';
import Widgets, { type Exports } from '../fixtures/widgets.svelte';

/**
 * The elements in a Svelte 5 component (test/fixtures/widgets.svelte), as
 * newsroom graphics desks write them: data in `$state`, props by name,
 * listeners as `on<event>`. Svelte's own warnings count as failures.
 */
let host: HTMLElement | undefined;
let app: Exports;
let warnings: string[] = [];
const consoleWarn = console.warn;

function render(scene: string, heard: string[] = []) {
  host = document.body.appendChild(document.createElement('div'));
  app = mount<Parameters<typeof Widgets>[1], Exports>(Widgets, {
    target: host,
    props: { scene, dataset: synthetic(), heard },
  });
  flushSync();
}

const all = <T extends Element>(selector: string) => [...host!.querySelectorAll<T>(selector)];

describe('in a Svelte 5 app', () => {
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      // Svelte's (its dev build writes "[svelte] …"), not the elements' or Lit's own.
      const text = args.map(String).join(' ');
      if (text.includes('[svelte]')) warnings.push(text);
      consoleWarn(...args);
    };
  });

  afterEach(async () => {
    console.warn = consoleWarn;
    await unmount(app);
    host?.remove();
    host = undefined;
    expect(warnings, 'Svelte warnings').to.deep.equal([]);
  });

  it('`{data}` from $state is set as the property; new data redraws', async () => {
    render('chart');
    const [el] = all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart');
    await settled(el);
    expect(el.hasAttribute('data')).to.be.false;
    expect(chartParts(el).labels()).to.deep.equal(['Region A', 'Region B']);
    app.setData(newerData());
    flushSync();
    await drawsNewerData(el);
  });

  it('a bound on/off attribute keeps the source shown when false and hides it when true', async () => {
    render('hide-source');
    const [el] = all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await sourceFollowsHideSource(
      el,
      false,
      (on) => {
        app.setHidden(on);
        flushSync();
      },
      [true, false],
    );
  });

  it('`oncw-select` and `oncw-error` hear the elements’ events', async () => {
    const heard: string[] = [];
    render('events', heard);
    await chooseFirstEvent(all<HTMLElement>('cw-ceasefire-timeline')[0]);
    await waitUntil(() => heard.length > 1, `heard only ${heard.join(', ')}`);
    const ids = synthetic().events.map((e) => e.id);
    expect(heard.filter((h) => ids.includes(h))).to.have.length(1);
    expect(heard.filter((h) => !ids.includes(h))).to.deep.equal(['invalid-attribute']);
  });

  it('a keyed each block moves the elements as it reorders; each keeps its own figures, drawn', async () => {
    const drawn: string[] = [];
    render('list', drawn);
    const counters = () => all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await keyedListMoves(
      counters,
      (order) => {
        app.setMetrics(order);
        flushSync();
      },
      drawn,
    );
  });

  it('`{#if}` takes the element away and brings a new one that draws its figures', async () => {
    render('chart');
    await conditionalRemount(
      () => all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart'),
      (show) => {
        app.setShown(show);
        flushSync();
      },
    );
  });
});
