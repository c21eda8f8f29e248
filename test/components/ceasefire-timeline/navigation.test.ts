import { expect } from '@open-wc/testing';
import { keyAction, step } from '../../../src/components/ceasefire-timeline/navigation.js';

describe('step()', () => {
  it('step(ArrowRight/ArrowLeft) moves one event in time order and stops at the ends', () => {
    expect(step(undefined, 'ArrowRight', 4, false)).to.equal(0);
    expect(step(undefined, 'ArrowLeft', 4, false)).to.equal(3);
    expect(step(1, 'ArrowRight', 4, false)).to.equal(2);
    expect(step(3, 'ArrowRight', 4, false)).to.equal(3);
    expect(step(0, 'ArrowLeft', 4, false)).to.equal(0);
  });

  it('step(Home/End) goes to the first and last event', () => {
    expect(step(2, 'Home', 4, false)).to.equal(0);
    expect(step(0, 'End', 4, false)).to.equal(3);
  });

  it('step() from an open group (x.5) enters at its first event or leaves to the one before', () => {
    expect(step(2.5, 'ArrowRight', 10, false)).to.equal(3);
    expect(step(2.5, 'ArrowLeft', 10, false)).to.equal(2);
    expect(step(-0.5, 'ArrowLeft', 10, false)).to.equal(0);
  });

  it('step(ArrowDown/ArrowUp) moves only in the vertical list; other keys are not handled', () => {
    expect(step(1, 'ArrowDown', 4, true)).to.equal(2);
    expect(step(1, 'ArrowUp', 4, true)).to.equal(0);
    expect(step(1, 'ArrowDown', 4, false)).to.equal(undefined);
    expect(step(1, 'a', 4, true)).to.equal(undefined);
    expect(step(undefined, 'ArrowRight', 0, false)).to.equal(undefined);
  });
});

describe('keyAction()', () => {
  const order = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('keyAction(Enter) chooses the event at the cursor, or opens the group the cursor sits before', () => {
    expect(keyAction('Enter', 1, order, false)).to.deep.equal({
      do: 'choose',
      id: 'b',
      position: 1,
    });
    expect(keyAction(' ', undefined, order, false)).to.deep.equal({
      do: 'choose',
      id: 'a',
      position: 0,
    });
    expect(keyAction('Enter', 0.5, order, false)).to.deep.equal({ do: 'open', id: 'b' });
  });

  it('keyAction(Escape) closes; arrows, Home and End only move; other keys do nothing', () => {
    expect(keyAction('Escape', 1, order, false)).to.deep.equal({ do: 'close' });
    expect(keyAction('ArrowLeft', 1, order, false)).to.deep.equal({ do: 'move', position: 0 });
    expect(keyAction('End', 0, order, false)).to.deep.equal({ do: 'move', position: 2 });
    expect(keyAction('x', 1, order, false)).to.equal(undefined);
    expect(keyAction('Enter', undefined, [], false)).to.equal(undefined);
  });
});
