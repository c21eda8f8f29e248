import { expect } from '@open-wc/testing';
import { linearScale, niceDomain, sqrtScale, ticks } from '../../src/internal/scale.js';

// Every expected value below is what d3 (d3-scale 4.0.3, d3-array 3.2.4, d3-shape 3.2.1)
// returned for the same call, recorded before d3 was removed.

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
