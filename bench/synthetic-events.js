// Synthetic timeline data for the bench and the demo: never real places or figures.
const DAY = 86400000;
const citation = { source: 'example-report', section: 'Section One' };

/**
 * A dataset of `n` synthetic events (Region A-D, Example Ministry: DATA-POLICY
 * rule 9) over 120 days, the same for the same seed. Used by the bench page and
 * the timeline demo's 10,000-event example.
 */
export function makeData(n, seed = 42) {
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const start = Date.UTC(2030, 0, 1);
  const ceasefires = [0, 40, 75].map((day, i) => ({
    id: `cf-${i + 1}`,
    kind: 'ceasefire',
    date: { value: new Date(start + day * DAY).toISOString().slice(0, 10), precision: 'day' },
    title: `Ceasefire ${i + 1}`,
    summary: 'Example Ministry reported a ceasefire.',
    brokeredIn: `City ${'XYZ'[i]}`,
    figures: {},
    reportedBy: ['example-ministry'],
    status: 'reported',
    citation,
  }));
  const events = [...ceasefires];
  for (let i = 0; i < n - ceasefires.length; i++) {
    const time = start + Math.floor(random() * 120 * 24) * 3600000;
    const day = new Date(time).toISOString().slice(0, 10);
    const cf = ceasefires.findLast((c) => c.date.value <= day);
    const violation = cf && random() < 0.3;
    const killed = random() < 0.7 ? Math.floor(random() * 40) : undefined;
    events.push({
      id: `e-${i}`,
      kind: violation ? 'violation' : 'attack',
      date: { value: new Date(time).toISOString().slice(0, 16), precision: 'time' },
      title: `Synthetic event ${i}`,
      summary: 'Example Ministry reported an event in a synthetic region.',
      region: `region-${'abcd'[i % 4]}`,
      ...(violation ? { violates: cf.id } : {}),
      figures:
        killed === undefined
          ? {}
          : {
              killed: [
                {
                  id: `e-${i}-killed`,
                  value: killed,
                  qualifier: 'exact',
                  reportedBy: 'example-ministry',
                  citation,
                  asOf: { precision: 'unknown' },
                  status: 'reported',
                },
              ],
            },
      reportedBy: ['example-ministry'],
      status: 'reported',
      citation,
    });
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Synthetic bench data',
    sources: [{ id: 'example-report', title: 'Example report', publisher: 'Example Publisher' }],
    reporters: [{ id: 'example-ministry', name: 'Example Ministry', kind: 'party' }],
    metrics: [{ id: 'killed', label: 'civilians killed' }],
    national: {},
    regions: ['a', 'b', 'c', 'd'].map((r) => ({
      id: `region-${r}`,
      name: `Region ${r.toUpperCase()}`,
      alternates: [],
      figures: {},
    })),
    events,
    contradictions: [],
  };
}
