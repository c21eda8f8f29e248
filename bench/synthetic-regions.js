// Synthetic regional figures for the bench: never real places or figures.
const citation = { source: 'example-report', section: 'Section One' };

const figure = (id, value) => ({
  id,
  value,
  qualifier: 'exact',
  reportedBy: 'example-ministry',
  citation,
  asOf: { value: '2030-01-10', precision: 'day' },
  status: 'reported',
});

/**
 * `n` regions, "Region 1" to "Region N", each with killed and injured figures
 * from a seeded PRNG (Park–Miller, as synthetic-events.js), reported by Example
 * Ministry (DATA-POLICY rule 9). The same numbers twice: `dataset` in the
 * conflict-widgets format for our elements, `rows` as the plain records a page
 * would hand Chart.js, Plot or countUp.js. `national` is the regional sum.
 */
export function makeRegions(n, seed = 7) {
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `region-${i + 1}`,
    name: `Region ${i + 1}`,
    killed: 1 + Math.floor(random() * 400),
    injured: 1 + Math.floor(random() * 1200),
  }));
  const total = (metric) => rows.reduce((sum, row) => sum + row[metric], 0);
  const national = { killed: total('killed'), injured: total('injured') };
  const dataset = {
    schemaVersion: 1,
    id: 'bench-regions',
    title: 'Synthetic bench data',
    sources: [{ id: 'example-report', title: 'Example report', publisher: 'Example Publisher' }],
    reporters: [{ id: 'example-ministry', name: 'Example Ministry', kind: 'party' }],
    metrics: [
      { id: 'killed', label: 'civilians killed' },
      { id: 'injured', label: 'civilians injured' },
    ],
    national: {
      killed: [figure('national-killed', national.killed)],
      injured: [figure('national-injured', national.injured)],
    },
    regions: rows.map((row) => ({
      id: row.id,
      name: row.name,
      alternates: [],
      figures: {
        killed: [figure(`${row.id}-killed`, row.killed)],
        injured: [figure(`${row.id}-injured`, row.injured)],
      },
    })),
    events: [],
    contradictions: [],
  };
  return { dataset, rows, national };
}
