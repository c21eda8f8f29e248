import { expect, waitUntil } from '@open-wc/testing';
// Templates compiled in the browser by Angular's JIT compiler; the ahead-of-time compile
// of `ng build` is checked on the packed package by scripts/consumer-test.mjs.
import '@angular/compiler';
import {
  type ApplicationRef,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  ErrorHandler,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '../../src/elements.js';
import { parts as chartParts } from '../components/regional-bar-chart/helpers.js';
import { settled } from '../fixtures/settled.js';
import {
  chooseFirstEvent,
  conditionalRemount,
  drawsNewerData,
  keyedListMoves,
  newerData,
  recordConsole,
  sourceFollowsHideSource,
} from '../fixtures/frameworks.js';
import { synthetic } from '../fixtures/synthetic.js';

/**
 * The elements in a real Angular app, as the README tells an Angular
 * developer to use them: a standalone component with CUSTOM_ELEMENTS_SCHEMA,
 * state in signals, property bindings (`[data]`, `[hideSource]`), listeners
 * written `(cw-…)`, `@for` with `track` and `@if`, zoneless change
 * detection. Errors Angular reports (its ErrorHandler), console errors
 * and Angular's own warnings (coded NG0…) count as failures. At run time
 * Angular accepts a tag that customElements knows and a property the
 * element has, so the schema matters to the AOT compiler only.
 */
interface Mounted {
  app: ApplicationRef;
  host: HTMLElement;
  all: <T extends Element>(selector: string) => T[];
  /** Until Angular has applied every state change made so far. */
  stable: () => Promise<void>;
}

let count = 0;
const mounted: Mounted[] = [];
let reported: string[] = [];
let restoreConsole: (() => void)[] = [];

async function mount(template: string, state: object): Promise<Mounted> {
  const selector = `test-angular-host-${++count}`;
  const host = document.body.appendChild(document.createElement(selector));
  // Angular wants a class: its fields, which the template reads, are `state`'s.
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class
  class Host {
    constructor() {
      Object.assign(this, state);
    }
  }
  Component({ selector, template, schemas: [CUSTOM_ELEMENTS_SCHEMA] })(Host);
  const app = await bootstrapApplication(Host, {
    providers: [
      provideZonelessChangeDetection(),
      {
        provide: ErrorHandler,
        useValue: { handleError: (e: unknown) => reported.push(String(e)) },
      },
    ],
  });
  const m = {
    app,
    host,
    all: <T extends Element>(selector: string) => [...host.querySelectorAll<T>(selector)],
    stable: () => app.whenStable(),
  };
  mounted.push(m);
  return m;
}

describe('in an Angular app', () => {
  beforeEach(() => {
    reported = [];
    restoreConsole = [
      recordConsole('error', reported),
      recordConsole('warn', reported, (line) => /\bNG0\d+/.test(line)),
    ];
  });

  afterEach(() => {
    for (const restore of restoreConsole) restore();
    for (const { app, host } of mounted.splice(0)) {
      app.destroy();
      host.remove();
    }
    expect(reported.join('\n'), 'Angular errors and warnings').to.equal('');
  });

  it('`[data]` from a signal is set as the property; a new value replaces it', async () => {
    const dataset = signal(synthetic());
    const { all, stable } = await mount(
      `<cw-regional-bar-chart [data]="dataset()"></cw-regional-bar-chart>`,
      { dataset },
    );
    const [el] = all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart');
    await settled(el);
    expect(el.hasAttribute('data')).to.be.false;
    expect(chartParts(el).labels()).to.deep.equal(['Region A', 'Region B']);

    dataset.set(newerData());
    await stable();
    await drawsNewerData(el);
  });

  it('`[hideSource]` keeps the source shown when false and hides it when true', async () => {
    const hidden = signal(false);
    const { all, stable } = await mount(
      `<cw-casualty-counter start="none" [data]="dataset" [hideSource]="hidden()"></cw-casualty-counter>`,
      { hidden, dataset: synthetic() },
    );
    const [el] = all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await sourceFollowsHideSource(
      el,
      false,
      async (on) => {
        hidden.set(on);
        await stable();
      },
      [true, false],
    );
  });

  it('`(cw-select)` and `(cw-error)` hear the elements’ events', async () => {
    const chosen: string[] = [];
    const codes: string[] = [];
    const { all } = await mount(
      `<cw-ceasefire-timeline [data]="dataset" (cw-select)="chosen.push($event.detail.id)"></cw-ceasefire-timeline>
       <cw-casualty-counter [metric]="'nope'" (cw-error)="codes.push($event.detail.code)"></cw-casualty-counter>`,
      { chosen, codes, dataset: synthetic() },
    );
    const [timeline] = all<HTMLElement>('cw-ceasefire-timeline');
    await chooseFirstEvent(timeline);
    await waitUntil(() => chosen.length > 0, 'no cw-select reached Angular');
    const ids = synthetic().events.map((e) => e.id);
    expect(ids).to.include(chosen[0]);
    await waitUntil(() => codes.length > 0, 'no cw-error reached Angular');
    expect(codes).to.deep.equal(['invalid-attribute']);
  });

  it('`@for` with `track` moves the elements as it reorders; each keeps its own figures, drawn', async () => {
    const metrics = signal(['killed', 'injured']);
    const drawn: string[] = [];
    const { all, stable } = await mount(
      `@for (m of metrics(); track m) {
         <cw-casualty-counter [metric]="m" start="none" [data]="dataset" (cw-ready)="drawn.push(m)"></cw-casualty-counter>
       }`,
      { metrics, drawn, dataset: synthetic() },
    );
    const counters = () => all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await keyedListMoves(
      counters,
      async (order) => {
        metrics.set(order);
        await stable();
      },
      drawn,
    );
  });

  it('`@if` takes the element away and brings a new one that draws its figures', async () => {
    const shown = signal(true);
    const { all, stable } = await mount(
      `@if (shown()) { <cw-regional-bar-chart [data]="dataset"></cw-regional-bar-chart> }`,
      { shown, dataset: synthetic() },
    );
    await conditionalRemount(
      () => all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart'),
      async (show) => {
        shown.set(show);
        await stable();
      },
    );
  });
});
