import { expect } from '@open-wc/testing';
import { linearScale, niceDomain, sqrtScale, ticks } from '../../src/internal/scale.js';
import { stepAfterPath } from '../../src/internal/step-path.js';
import { utcTicks } from '../../src/internal/utc-ticks.js';

// Every expected value below is what d3 (d3-scale 4.0.3, d3-array 3.2.4, d3-shape 3.2.1)
// returned for the same call, recorded before d3 was removed.

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
/** ISO date, with the time only when it is not midnight: "2030-01-02", "2030-01-02T12:00". */
const iso = (ms: number) => new Date(ms).toISOString().replace(/(T00:00)?:00\.000Z$/, '');

describe('linearScale()', () => {
  it('maps the domain onto the range, also past its ends', () => {
    const x = linearScale([0, 10], [24, 776]);
    expect(x(0)).to.equal(24);
    expect(x(10)).to.equal(776);
    expect(linearScale([0, 10], [0, 100])(2.5)).to.equal(25);
    expect(x(15)).to.equal(1152);
  });

  it('runs a reversed range or domain backwards', () => {
    expect(linearScale([0, 10], [261, 197])(5)).to.equal(229);
    expect(linearScale([10, 0], [0, 100])(2.5)).to.equal(75);
  });

  it('clamp: values outside the domain go to the nearer end of the range', () => {
    const x = linearScale([0, 10], [24, 776], { clamp: true });
    expect(x(15)).to.equal(776);
    expect(x(-5)).to.equal(24);
    expect(x(5)).to.equal(400);
    expect(linearScale([0, 10], [776, 24], { clamp: true })(-5)).to.equal(776);
  });

  it('an empty domain maps to the middle of the range', () => {
    expect(linearScale([5, 5], [0, 10])(7)).to.equal(5);
  });
});

describe('sqrtScale()', () => {
  it('gives radii whose areas are proportional to the values', () => {
    const r = sqrtScale([0, 100], [0, 16]);
    expect([0, 1, 25, 50, 100].map(r)).to.deep.equal([0, 1.6, 8, 11.313708498984761, 16]);
  });
});

describe('ticks() and niceDomain()', () => {
  it('ticks() steps by 1, 2 or 5 times a power of ten', () => {
    expect(ticks(0, 10, 3)).to.deep.equal([0, 5, 10]);
    expect(ticks(0, 12, 3)).to.deep.equal([0, 5, 10]);
    expect(ticks(0, 2734, 3)).to.deep.equal([0, 1000, 2000]);
    expect(ticks(0, 1e6, 3)).to.deep.equal([0, 500000, 1000000]);
    expect(ticks(-7, 23, 5)).to.deep.equal([-5, 0, 5, 10, 15, 20]);
  });

  it('ticks() below 1 are exact decimals, not 0.6000000000000001', () => {
    expect(ticks(0, 1, 5)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0.1, 0.9, 4)).to.deep.equal([0.2, 0.4, 0.6, 0.8]);
  });

  it('ticks() follows the order of its arguments, and handles an empty span or count', () => {
    expect(ticks(10, 0, 3)).to.deep.equal([10, 5, 0]);
    expect(ticks(3, 3, 5)).to.deep.equal([3]);
    expect(ticks(0, 10, 0)).to.deep.equal([]);
  });

  it('niceDomain() widens the domain to round ticks', () => {
    expect(niceDomain(0, 12, 3)).to.deep.equal([0, 15]);
    expect(niceDomain(0, 5, 3)).to.deep.equal([0, 6]);
    expect(niceDomain(0, 97, 3)).to.deep.equal([0, 100]);
    expect(niceDomain(0, 2734, 3)).to.deep.equal([0, 3000]);
    expect(niceDomain(0, 1, 3)).to.deep.equal([0, 1]);
    expect(niceDomain(0.13, 0.97, 3)).to.deep.equal([0, 1]);
  });
});

describe('utcTicks()', () => {
  const at = (from: string, to: string, count: number) =>
    utcTicks(day(from), day(to), count).map(iso);

  it('a day: every 3 hours', () => {
    expect(at('2030-01-02', '2030-01-03', 8)).to.deep.equal([
      '2030-01-02',
      '2030-01-02T03:00',
      '2030-01-02T06:00',
      '2030-01-02T09:00',
      '2030-01-02T12:00',
      '2030-01-02T15:00',
      '2030-01-02T18:00',
      '2030-01-02T21:00',
      '2030-01-03',
    ]);
  });

  it('3 days: every 12 or 6 hours', () => {
    expect(at('2030-01-02', '2030-01-05', 8)).to.deep.equal([
      '2030-01-02',
      '2030-01-02T12:00',
      '2030-01-03',
      '2030-01-03T12:00',
      '2030-01-04',
      '2030-01-04T12:00',
      '2030-01-05',
    ]);
    expect(at('2030-01-02', '2030-01-05', 12)).to.have.length(13);
    expect(at('2030-01-02', '2030-01-05', 12)[1]).to.equal('2030-01-02T06:00');
  });

  it('9 to 12 days: every day, or every other day counted from the epoch', () => {
    expect(at('2030-01-02', '2030-01-11', 8)).to.have.length(10);
    expect(at('2030-01-02', '2030-01-11', 6)).to.deep.equal([
      '2030-01-02',
      '2030-01-04',
      '2030-01-06',
      '2030-01-08',
      '2030-01-10',
    ]);
    expect(at('2030-01-02', '2030-01-14', 8)).to.have.length(7);
  });

  it('5 weeks: Sundays', () => {
    expect(at('2020-10-01', '2020-11-05', 8)).to.deep.equal([
      '2020-10-04',
      '2020-10-11',
      '2020-10-18',
      '2020-10-25',
      '2020-11-01',
    ]);
  });

  it('2 years: quarters, or New Year’s Days; 30 years: decades', () => {
    expect(at('2019-07-01', '2021-07-01', 8)).to.deep.equal([
      '2019-07-01',
      '2019-10-01',
      '2020-01-01',
      '2020-04-01',
      '2020-07-01',
      '2020-10-01',
      '2021-01-01',
      '2021-04-01',
      '2021-07-01',
    ]);
    expect(at('2019-07-01', '2021-07-01', 3)).to.deep.equal(['2020-01-01', '2021-01-01']);
    expect(at('1990-01-01', '2020-01-01', 4)).to.deep.equal([
      '1990-01-01',
      '2000-01-01',
      '2010-01-01',
      '2020-01-01',
    ]);
  });
});

describe('stepAfterPath()', () => {
  it('holds each value until the next point, with three decimals', () => {
    const points = [
      { x: 250.7004, y: 242.66666 },
      { x: 628.4444, y: 212.8 },
      { x: 700, y: 197.00049 },
    ];
    expect(stepAfterPath(points)).to.equal(
      'M250.7,242.667L628.444,242.667L628.444,212.8L700,212.8L700,197',
    );
  });

  it('one point closes on itself; no points, no path', () => {
    expect(stepAfterPath([{ x: 250.7004, y: 242.66666 }])).to.equal('M250.7,242.667Z');
    expect(stepAfterPath([])).to.equal('');
  });
});
