import { describe, expect, it } from 'vitest';
import { insetOffset, sameInsets } from '../../../src/map/keep-in-view';
import { nearestStop, stepStop } from '../../../src/ui/details/sheet-stops';
import { coverOf } from '../../../src/ui/details/use-map-cover';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('what a panel covers of the map', () => {
  const map = rect(0, 56, 390, 523);

  it('a bottom sheet covers the bottom, by its overlap with the map', () => {
    expect(coverOf(rect(0, 300, 390, 279), map)).toEqual({ top: 0, right: 0, bottom: 279, left: 0 });
  });

  it('a card on the right covers the right', () => {
    expect(coverOf(rect(250, 56, 140, 523), map)).toEqual({ top: 0, right: 140, bottom: 0, left: 0 });
  });

  it('a panel beside the map or below it covers nothing', () => {
    expect(coverOf(rect(390, 56, 390, 523), map)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(coverOf(rect(0, 579, 390, 400), map)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe('the sheet stops', () => {
  it('a drag rests at the nearest stop', () => {
    expect(nearestStop(0.2)).toBe('peek');
    expect(nearestStop(0.5)).toBe('half');
    expect(nearestStop(0.85)).toBe('full');
  });

  it('steps stay at the ends', () => {
    expect(stepStop('peek', -1)).toBe('peek');
    expect(stepStop('peek', 1)).toBe('half');
    expect(stepStop('full', 1)).toBe('full');
  });
});

describe('insets', () => {
  it('a flight aims at the middle of the free part: up by half a bottom cover, left by half a right one', () => {
    expect(insetOffset({ top: 0, right: 200, bottom: 300, left: 0 })).toEqual([-100, -150]);
    expect(sameInsets({ top: 1, right: 2, bottom: 3, left: 4 }, { top: 1, right: 2, bottom: 3, left: 4 })).toBe(true);
  });
});
