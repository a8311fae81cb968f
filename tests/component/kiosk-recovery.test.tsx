import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_RECOVERY_MS } from '../../src/ui/recovery/RecoveryProvider';
import { renderApp } from './render-app';

/** Makes the details panel's position section throw while `on`: a stand-in for any bug in the UI. */
const crash = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/ui/details/PositionSection', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/details/PositionSection')>();
  return {
    PositionSection: (props: Parameters<typeof original.PositionSection>[0]) => {
      if (crash.on) throw new Error('a bug in the details panel');
      return original.PositionSection(props);
    },
  };
});

const recoveryScreen = () => screen.queryByRole('alertdialog', { name: 'Noe gikk galt' });

describe('recovery from an error in the UI', () => {
  beforeEach(() => {
    crash.on = true;
    // React reports the caught error on the console; the test expects it.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    crash.on = false;
    vi.useRealTimers();
  });

  it('shows the recovery screen over the running map instead of a white page, and tries again', async () => {
    const { store, map } = await renderApp();
    act(() => store.getState().select('ahus'));
    // The details panel is loaded on first use; its crash shows once it has arrived.
    await waitFor(() => expect(recoveryScreen()).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: /Kollektivknutepunkt/ })).toBeInTheDocument();
    expect(map.made).toHaveLength(1);
    expect(map.current.destroyed).toBe(false);

    crash.on = false;
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(recoveryScreen()).toBeNull();
    await waitFor(() => expect(document.querySelector('aside.details')).toHaveTextContent('Ahus'));
    expect(map.made).toHaveLength(1);
  });

  it('starts over from a clean session on request', async () => {
    const { store } = await renderApp({ url: '/?feature=ahus&lang=nb' });
    await waitFor(() => expect(recoveryScreen()).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Start på nytt' }));
    expect(recoveryScreen()).toBeNull();
    expect(store.getState().selectedId).toBeNull();
  });

  it('on a kiosk, goes back to the attract tour by itself', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { store, map } = await renderApp({ url: '/?kiosk=1', kiosk: { idleMs: 60_000, chapterMs: 10_000 } });
    act(() => void document.dispatchEvent(new Event('pointerdown')));
    act(() => store.getState().select('ahus'));
    await waitFor(() => expect(recoveryScreen()).toHaveTextContent('Et øyeblikk – vi starter på nytt.'));
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
    act(() => void vi.advanceTimersByTime(KIOSK_RECOVERY_MS));
    expect(recoveryScreen()).toBeNull();
    expect(store.getState().selectedId).toBeNull();
    expect(screen.getByRole('button', { name: /Omvisning i bybåndet/ })).toBeInTheDocument();
    expect(map.made).toHaveLength(1);
  });
});
