import { expect } from '@open-wc/testing';
import {
  countUpProgress,
  countUpValue,
  easeOut,
} from '../../../src/components/casualty-counter/count-up.js';

describe('count-up', () => {
  it('easeOut(t) runs from 0 to 1, rising and slowing down', () => {
    expect(easeOut(0)).to.equal(0);
    expect(easeOut(1)).to.equal(1);
    const steps = Array.from({ length: 11 }, (_, i) => easeOut(i / 10));
    const rises = steps.slice(1).map((v, i) => v - steps[i]);
    expect(rises.every((r) => r > 0)).to.be.true;
    expect(rises.every((r, i) => i === 0 || r < rises[i - 1])).to.be.true;
  });

  it('countUpProgress(elapsed, duration) is exactly 1 once the duration has passed', () => {
    expect(countUpProgress(0, 1000)).to.equal(0);
    expect(countUpProgress(500, 1000)).to.be.within(0.5, 1).and.not.equal(1);
    expect(countUpProgress(1000, 1000)).to.equal(1);
    expect(countUpProgress(5000, 1000)).to.equal(1);
  });

  it('countUpProgress(elapsed, 0) is 1 at once: a zero duration means no animation', () => {
    expect(countUpProgress(0, 0)).to.equal(1);
    expect(countUpProgress(0, Number.NaN)).to.equal(1);
  });

  it('countUpValue(target, progress) is an integer that ends exactly on the target', () => {
    expect(countUpValue(91, 0)).to.equal(0);
    expect(countUpValue(91, 0.5)).to.equal(46);
    expect(countUpValue(91, 0.999999)).to.equal(91);
    expect(countUpValue(91, 1)).to.equal(91);
    expect(countUpValue(12345, 0.33)).to.satisfy(Number.isInteger);
  });
});
