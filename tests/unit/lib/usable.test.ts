// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USABLE_MARK, whenUsable, whenUsableAndIdle } from '../../../src/lib/usable';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenUsable', () => {
  afterEach(() => {
    performance.clearMarks(USABLE_MARK);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the usable mark, then runs the task once', async () => {
    const task = vi.fn();
    whenUsable(task, 60_000);
    await settle();
    expect(task).not.toHaveBeenCalled();
    performance.mark(USABLE_MARK);
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    performance.mark(USABLE_MARK);
    await settle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the map is already usable', () => {
    performance.mark(USABLE_MARK);
    const task = vi.fn();
    whenUsable(task, 60_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs after the time limit when the map never becomes usable (no WebGL)', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenUsable(task, 15_000);
    vi.advanceTimersByTime(14_999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs a task that waits for usable and then idle only in the idle callback after the mark', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const task = vi.fn();
    whenUsableAndIdle(task, 60_000);
    await settle();
    expect(idle).toHaveLength(0);
    performance.mark(USABLE_MARK);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(task).not.toHaveBeenCalled();
    idle[0]!();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
