import { Component, createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useKioskUi } from '../kiosk-ui-context';
import { useExplorer } from '../../state/store-context';
import { RecoveryScreen } from './RecoveryScreen';

/** On a kiosk nobody presses "try again": the explorer starts over by itself after this long. */
export const KIOSK_RECOVERY_MS = 6000;

interface Recovery {
  /** Bumped on every recovery: each boundary remounts its part of the UI (never the map). */
  generation: number;
  report: () => void;
}

const RecoveryContext = createContext<Recovery>({ generation: 0, report: () => {} });

class Boundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onError();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Catches render errors in one part of the UI; the shared recovery screen then takes over. */
export function RecoveryBoundary({ children }: { children: ReactNode }) {
  const { generation, report } = useContext(RecoveryContext);
  return (
    <Boundary key={generation} onError={report}>
      {children}
    </Boundary>
  );
}

/**
 * Holds the UI's recovery state. The parts of the UI sit in `RecoveryBoundary`s beside the map, so an error shows
 * the recovery screen over a map that keeps running; recovering remounts those parts and leaves the map alone.
 */
export function RecoveryProvider({ children }: { children: ReactNode }) {
  const kiosk = useKioskUi() !== null;
  const language = useExplorer((state) => state.language);
  const resetSession = useExplorer((state) => state.resetSession);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const report = useCallback(() => setFailed(true), []);
  const recover = useCallback(
    (startOver: boolean) => {
      if (startOver) resetSession();
      setFailed(false);
      setGeneration((current) => current + 1);
    },
    [resetSession],
  );

  useEffect(() => {
    if (!kiosk || !failed) return;
    const timer = setTimeout(() => recover(true), KIOSK_RECOVERY_MS);
    return () => clearTimeout(timer);
  }, [kiosk, failed, recover]);

  const value = useMemo(() => ({ generation, report }), [generation, report]);
  return (
    <RecoveryContext value={value}>
      {children}
      {failed && (
        <RecoveryScreen
          language={language}
          kiosk={kiosk}
          onRetry={() => recover(false)}
          onStartOver={() => recover(true)}
        />
      )}
    </RecoveryContext>
  );
}
