import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const marks = (name: string) => performance.getEntriesByName(name).length;

describe('the map draws its places first and its labels once it is usable', () => {
  it('asks for the labels only after the first draw with every layer, and marks when they are drawn', async () => {
    performance.clearMarks();
    const { map } = await renderApp();
    expect(map.current.labelsShown).toBe(false);
    expect(marks('bybandet:usable')).toBe(0);

    act(() => map.current.emit('idle', {}));
    await waitFor(() => expect(marks('bybandet:usable')).toBe(1));
    await waitFor(() => expect(map.current.labelsShown).toBe(true));
    expect(marks('bybandet:labelled')).toBe(0);

    act(() => map.current.emit('idle', {}));
    expect(marks('bybandet:labelled')).toBe(1);
  });
});
