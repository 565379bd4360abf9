import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../ErrorPanel';
import { RecordHeader, type RecordHeaderProps } from './RecordHeader';

/** A query the form needs, as `useApiQuery` returns it. */
interface NeededQuery {
  data: unknown;
  error: unknown;
  reload: () => void;
}

interface RecordFormPageProps extends RecordHeaderProps {
  /** Everything the form offers (the record, pickers' options…): the form shows once all have data. */
  queries: NeededQuery[];
  /** Extra readiness beyond the queries (e.g. the loaded record is the one in the address). */
  ready?: boolean;
  /** The error panel's title when a needed query fails with nothing to show. */
  failureTitle: string;
  /** Shown instead of everything else, e.g. "There is no SLA 12." */
  notFound?: ReactNode;
  /** Heights of the placeholder cards while loading, roughly the form's sections. */
  skeleton: number[];
  /** The form's width, so the placeholder lines up with it. */
  maxWidth?: number;
  /** What the placeholder tells a screen reader is loading. */
  busyLabel?: string;
  /** Rendered once everything has loaded; keyed by the caller so a different record starts afresh. */
  children: () => ReactNode;
}

/**
 * Every full-page record form (new, edit, review): the header, then the form once everything it
 * offers has loaded — or the error with "Try again" when a query fails, or placeholders meanwhile.
 */
export function RecordFormPage({
  queries,
  ready = true,
  failureTitle,
  notFound,
  skeleton,
  maxWidth = 1080,
  busyLabel = 'Loading the form',
  children,
  ...header
}: RecordFormPageProps) {
  const failed = queries.find((query) => query.error && !query.data);
  const loaded = ready && queries.every((query) => query.data);
  return (
    <Stack gap="lg">
      <RecordHeader {...header} />
      {notFound ? (
        notFound
      ) : failed ? (
        <ErrorPanel title={failureTitle} error={failed.error} onRetry={failed.reload} />
      ) : loaded ? (
        children()
      ) : (
        <Stack gap="lg" maw={maxWidth} aria-busy="true" aria-label={busyLabel}>
          {skeleton.map((height, index) => (
            <Skeleton key={index} height={height} radius="md" />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
