import { Component, Fragment, type ReactNode } from 'react';
import type { ExplorerStore } from '../../state/store';
import { KIOSK_RECOVERY_MS } from './RecoveryProvider';
import { RecoveryScreen } from './RecoveryScreen';

interface Props {
  store: ExplorerStore;
  kiosk: boolean;
  children: ReactNode;
}

/**
 * The last resort, around the whole app: only an error that no part's own boundary caught (one in the layout
 * itself) lands here. Recovering remounts everything, the map included, which the boundaries inside avoid.
 */
export class RootRecovery extends Component<Props, { failed: boolean; generation: number }> {
  override state = { failed: false, generation: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    if (this.props.kiosk) this.timer = setTimeout(() => this.recover(true), KIOSK_RECOVERY_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  private recover(startOver: boolean) {
    clearTimeout(this.timer);
    if (startOver) this.props.store.getState().resetSession();
    this.setState((state) => ({ failed: false, generation: state.generation + 1 }));
  }

  override render() {
    if (this.state.failed) {
      return (
        <RecoveryScreen
          language={this.props.store.getState().language}
          kiosk={this.props.kiosk}
          onRetry={() => this.recover(false)}
          onStartOver={() => this.recover(true)}
        />
      );
    }
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
