import { Box } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from '../../ui/ErrorPanel';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** "Go to dashboard": leave the broken screen. The boundary resets itself afterwards. */
  onGoHome?: () => void;
  /** When any of these change (e.g. the route), a shown error is cleared so the new screen can render. */
  resetKeys?: readonly unknown[];
  title?: string;
}

interface ErrorBoundaryState {
  error: unknown;
  componentStack: string | null;
  resetKeys: readonly unknown[] | undefined;
}

function sameKeys(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, index) => Object.is(value, b[index]));
}

/**
 * A render error in one screen must never leave a white window. React still needs a class for
 * this; everything visible is in ErrorPanel.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, componentStack: null, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    // A thrown `undefined` still has to show the panel, so never store a falsy value.
    return { error: error ?? new Error('An unknown error was thrown.') };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (sameKeys(props.resetKeys, state.resetKeys)) return null;
    return { error: null, componentStack: null, resetKeys: props.resetKeys };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
    console.error('ServiceLedger screen error:', error);
  }

  private readonly reset = () => this.setState({ error: null, componentStack: null });

  private readonly goHome = () => {
    this.props.onGoHome?.();
    this.reset();
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Box p="xl" maw={720} mx="auto">
        <ErrorPanel
          title={this.props.title ?? 'This screen ran into a problem'}
          error={this.state.error}
          componentStack={this.state.componentStack}
          onRetry={this.reset}
          onGoHome={this.props.onGoHome ? this.goHome : undefined}
        />
      </Box>
    );
  }
}
