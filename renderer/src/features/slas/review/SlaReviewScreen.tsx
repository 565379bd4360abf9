import { Anchor, Breadcrumbs, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { errorBody } from '../../../api/api-errors';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { useOpenWorkspace } from '../../workspace/workspace-context';
import { SlaReviewForm } from './SlaReviewForm';
import { reviewPeriodOptions } from './review-periods';

/**
 * `#/slas/:id/review`: record a review of one SLA. The month starts at the last complete one (the
 * API's default); picking another reloads the table and keeps everything typed so far.
 */
export function SlaReviewScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const workspace = useOpenWorkspace();
  const [period, setPeriod] = useState<string | null>(null);
  const first = useApiQuery('slaReviews.prefill', valid ? { slaId: id } : null);
  const picked = useApiQuery('slaReviews.prefill', valid && period !== null && period !== first.data?.period ? { slaId: id, period } : null);
  const people = useApiQuery('people.list', { includeInactive: true });

  const current = period !== null && period !== first.data?.period ? (picked.data ?? first.data) : first.data;
  const failed = [first, people].find((query) => query.error && !query.data);
  // A month that cannot be read is said under the month picker: the form keeps what was typed.
  const periodError = picked.error ? errorBody(picked.error).message : null;
  const notFound = !valid || (first.error !== null && errorBody(first.error).code === 'not_found');
  const title = first.data ? `Review ${first.data.sla.code}` : 'Review SLA';

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} href="/slas" size="sm">
            SLAs
          </Anchor>
          {first.data && (
            <Anchor component={Link} href={`/slas/${id}`} size="sm" ff="monospace">
              {first.data.sla.code}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            Review
          </Text>
        </Breadcrumbs>
        <Title order={2} style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
          {title}
          {first.data && (
            <Text span inherit c="dimmed" fw={500}>
              {' '}
              {first.data.sla.name}
            </Text>
          )}
        </Title>
        {first.data && (
          <Text size="sm" c="dimmed">
            {first.data.sla.serviceCode} {first.data.sla.serviceName} · {first.data.sla.customer} · service hours {first.data.sla.serviceHoursText}
          </Text>
        )}
      </Stack>
      {notFound ? (
        <Text>
          There is no SLA {params.id}.{' '}
          <Anchor component={Link} href="/slas">
            Go to the SLA list
          </Anchor>
        </Text>
      ) : failed ? (
        <ErrorPanel title="The review could not be prepared" error={failed.error} onRetry={failed.reload} />
      ) : current && first.data && people.data ? (
        <SlaReviewForm
          prefill={current}
          refreshing={picked.loading}
          period={period ?? first.data.period}
          periodOptions={reviewPeriodOptions(first.data.period)}
          onPeriodChange={setPeriod}
          periodError={periodError}
          people={people.data}
          currentPersonId={workspace.currentPerson?.id ?? null}
        />
      ) : (
        <Stack gap="lg" maw={1180} aria-busy="true" aria-label="Loading the review">
          <Skeleton height={140} radius="md" />
          <Skeleton height={260} radius="md" />
          <Skeleton height={160} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
