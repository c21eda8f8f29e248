import { expect, waitUntil } from '@open-wc/testing';
// React is CommonJS, bundled for this test (web-test-runner.config.mjs): its default exports.
import React, { type ReactNode } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import '../../src/elements.js';
import type { CwErrorDetail, CwReadyDetail, CwSelectDetail } from '../../src/index.js';
import { parts as chartParts } from '../components/regional-bar-chart/helpers.js';
import { settled } from '../fixtures/settled.js';
import {
  chooseFirstEvent,
  drawsNewerData,
  keyedListMoves,
  newerData,
  recordConsole,
  sourceFollowsHideSource,
} from '../fixtures/frameworks.js';
import { synthetic } from '../fixtures/synthetic.js';

/**
 * The elements in a real React 19 app, with the props the README shows:
 * `data={dataset}` (a property, since the element has one), on/off
 * attributes as `hide-source`, listeners as `oncw-…`, in StrictMode. What
 * JSX compiles to is createElement(), written out here. React's own
 * console errors (a prop it could not set) count as failures.
 */
const h = (tag: string, props: Record<string, unknown>): ReactNode =>
  React.createElement(tag, props);

let root: Root | undefined;
let host: HTMLElement | undefined;
let reactErrors: string[] = [];
let restoreConsole = () => {};

function render(node: ReactNode): void {
  host ??= document.body.appendChild(document.createElement('div'));
  root ??= ReactDOMClient.createRoot(host);
  ReactDOM.flushSync(() => {
    root!.render(React.createElement(React.StrictMode, null, node));
  });
}

const all = <T extends Element>(selector: string) => [...host!.querySelectorAll<T>(selector)];

describe('in a React 19 app', () => {
  beforeEach(() => {
    reactErrors = [];
    restoreConsole = recordConsole('error', reactErrors);
  });

  afterEach(() => {
    restoreConsole();
    root?.unmount();
    host?.remove();
    root = host = undefined;
    expect(reactErrors, 'console errors').to.deep.equal([]);
  });

  it('`data={dataset}` is set as the property; a new dataset redraws', async () => {
    render(h('cw-regional-bar-chart', { data: synthetic() }));
    const [el] = all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart');
    await settled(el);
    expect(el.hasAttribute('data')).to.be.false;
    expect(chartParts(el).labels()).to.deep.equal(['Region A', 'Region B']);

    render(h('cw-regional-bar-chart', { data: newerData() }));
    await drawsNewerData(el);
  });

  it('`hide-source` hides the source line; `hide-source={false}` shows it', async () => {
    const counter = (hidden: boolean) =>
      h('cw-casualty-counter', { start: 'none', data: synthetic(), 'hide-source': hidden });
    render(counter(true));
    const [el] = all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await sourceFollowsHideSource(
      el,
      true,
      (on) => {
        render(counter(on));
      },
      [false],
    );
  });

  it('`oncw-select` and `oncw-error` hear the elements’ events', async () => {
    const chosen: string[] = [];
    const codes: string[] = [];
    render([
      h('cw-ceasefire-timeline', {
        key: 'timeline',
        data: synthetic(),
        'oncw-select': (event: CustomEvent<CwSelectDetail>) => chosen.push(event.detail.id),
      }),
      h('cw-casualty-counter', {
        key: 'counter',
        metric: 'nope',
        'oncw-error': (event: CustomEvent<CwErrorDetail>) => codes.push(event.detail.code),
      }),
    ]);
    const [timeline] = all<HTMLElement>('cw-ceasefire-timeline');
    await chooseFirstEvent(timeline);
    await waitUntil(() => chosen.length > 0, 'no cw-select reached React');
    expect(synthetic().events.map((e) => e.id)).to.include(chosen[0]);
    await waitUntil(() => codes.length > 0, 'no cw-error reached React');
    expect(codes).to.deep.equal(['invalid-attribute']);
  });

  it('a keyed list moves the elements as it reorders; each keeps its own figures, drawn', async () => {
    const dataset = synthetic();
    const drawn: string[] = [];
    const list = (metrics: string[]) =>
      metrics.map((metric) =>
        h('cw-casualty-counter', {
          key: metric,
          metric,
          start: 'none',
          data: dataset,
          'oncw-ready': (event: CustomEvent<CwReadyDetail>) => {
            if (event.detail.element === event.currentTarget) drawn.push(metric);
          },
        }),
      );
    const counters = () => all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    render(list(['killed', 'injured']));
    await keyedListMoves(
      counters,
      (order) => {
        render(list(order));
      },
      drawn,
    );
  });
});
