import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../ui/ErrorPanel';

interface ListPlaceholderProps {
  loaded: boolean;
  error: unknown;
  errorTitle: string;
  onRetry: () => void;
  children: ReactNode;
}

/** A list's body while it loads (skeleton rows) or when it failed (the reason and a retry). */
export function ListPlaceholder({ loaded, error, errorTitle, onRetry, children }: ListPlaceholderProps) {
  if (loaded) return <>{children}</>;
  if (error) return <ErrorPanel title={errorTitle} error={error} onRetry={onRetry} withBorder={false} />;
  return (
    <Stack gap="xs" p="xs" aria-busy="true">
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} height={28} />
      ))}
    </Stack>
  );
}
