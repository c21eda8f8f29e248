import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/elements.js';
import { parts as chartParts } from '../components/regional-bar-chart/helpers.js';
import { settled } from '../fixtures/settled.js';
import {
  chooseFirstEvent,
  conditionalRemount,
  drawsNewerData,
  keyedListMoves,
  newerData,
  sourceFollowsHideSource,
} from '../fixtures/frameworks.js';
import { synthetic } from '../fixtures/synthetic.js';

/**
 * The elements in a real Vue 3 app, as the README tells a Vue developer to
 * use them: templates compiled in the browser with `isCustomElement`, data
 * kept in Vue's reactive state, listeners written `@cw-…`, keyed lists and
 * `v-if`. Vue's own warnings count as failures: a template Vue could not
 * resolve would otherwise pass quietly.
 */
interface Mounted {
  host: HTMLElement;
  warnings: string[];
  all: <T extends Element>(selector: string) => T[];
  unmount: () => void;
}

const mounted: Mounted[] = [];

function mount(template: string, state: Record<string, unknown>): Mounted {
  const host = document.body.appendChild(document.createElement('div'));
  const warnings: string[] = [];
  const app: App = createApp({ template, setup: () => state });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cw-');
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(host);
  const m = {
    host,
    warnings,
    all: <T extends Element>(selector: string) => [...host.querySelectorAll<T>(selector)],
    unmount: () => {
      app.unmount();
      host.remove();
    },
  };
  mounted.push(m);
  return m;
}

describe('in a Vue 3 app', () => {
  afterEach(() => {
    for (const m of mounted.splice(0)) {
      expect(m.warnings, 'Vue warnings').to.deep.equal([]);
      m.unmount();
    }
  });

  it('`:data` from reactive state is set as the property; a new value replaces it', async () => {
    const dataset = ref(synthetic());
    const { all } = mount(`<cw-regional-bar-chart :data="dataset"></cw-regional-bar-chart>`, {
      dataset,
    });
    const [el] = all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart');
    await settled(el);
    expect(el.hasAttribute('data')).to.be.false;
    expect(chartParts(el).labels()).to.deep.equal(['Region A', 'Region B']);

    dataset.value = newerData();
    await drawsNewerData(el);
  });

  it('a bound on/off attribute keeps the source shown when false and hides it when true', async () => {
    const hidden = ref(false);
    const { all } = mount(
      `<cw-casualty-counter start="none" :data="dataset" :hide-source="hidden"></cw-casualty-counter>`,
      { hidden, dataset: synthetic() },
    );
    const [el] = all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await sourceFollowsHideSource(
      el,
      false,
      async (on) => {
        hidden.value = on;
        await nextTick();
      },
      [true, false],
    );
  });

  it('`@cw-select` and `@cw-error` hear the elements’ events', async () => {
    const chosen = ref<string[]>([]);
    const codes = ref<string[]>([]);
    const { all } = mount(
      `<cw-ceasefire-timeline :data="dataset" @cw-select="chosen.push($event.detail.id)"></cw-ceasefire-timeline>
       <cw-casualty-counter metric="nope" @cw-error="codes.push($event.detail.code)"></cw-casualty-counter>`,
      { chosen, codes, dataset: synthetic() },
    );
    const [timeline] = all<HTMLElement>('cw-ceasefire-timeline');
    await chooseFirstEvent(timeline);
    await waitUntil(() => chosen.value.length > 0, 'no cw-select reached Vue');
    const ids = synthetic().events.map((e) => e.id);
    expect(ids).to.include(chosen.value[0]);
    await waitUntil(() => codes.value.length > 0, 'no cw-error reached Vue');
    expect(codes.value).to.deep.equal(['invalid-attribute']);
  });

  it('a keyed list moves the elements as it reorders; each keeps its own figures, drawn', async () => {
    const metrics = ref(['killed', 'injured']);
    const drawn = ref<string[]>([]);
    const { all } = mount(
      `<cw-casualty-counter v-for="m in metrics" :key="m" :metric="m" start="none" :data="dataset"
         @cw-ready="drawn.push(m)"></cw-casualty-counter>`,
      { metrics, drawn, dataset: synthetic() },
    );
    const counters = () => all<HTMLElementTagNameMap['cw-casualty-counter']>('cw-casualty-counter');
    await keyedListMoves(
      counters,
      async (order) => {
        metrics.value = order;
        await nextTick();
      },
      drawn.value,
    );
  });

  it('`v-if` takes the element away and brings a new one that draws its figures', async () => {
    const shown = ref(true);
    const { all } = mount(
      `<cw-regional-bar-chart v-if="shown" :data="dataset"></cw-regional-bar-chart>`,
      { shown, dataset: synthetic() },
    );
    await conditionalRemount(
      () => all<HTMLElementTagNameMap['cw-regional-bar-chart']>('cw-regional-bar-chart'),
      async (show) => {
        shown.value = show;
        await nextTick();
      },
    );
  });
});
