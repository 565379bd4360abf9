import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { errorBody } from '../../../api/api-errors';
import { useApiQuery } from '../../../api/use-api-query';
import { RecordFormPage } from '../../../ui/record-form/RecordFormPage';
import { useOpenWorkspace } from '../../../app/workspace-context';
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
  // A month that cannot be read is said under the month picker: the form keeps what was typed.
  const periodError = picked.error ? errorBody(picked.error).message : null;
  const notFound = !valid || (first.error !== null && errorBody(first.error).code === 'not_found');
  const sla = first.data?.sla;

  return (
    <RecordFormPage
      list={{ label: 'SLAs', href: '/slas' }}
      record={sla ? { code: sla.code, name: sla.name, href: `/slas/${id}` } : null}
      step="Review"
      title={sla ? `Review ${sla.code}` : 'Review SLA'}
      subtitle={sla && `${sla.serviceCode} ${sla.serviceName} · ${sla.customer} · service hours ${sla.serviceHoursText}`}
      queries={[first, people]}
      ready={current !== null && current !== undefined}
      failureTitle="The review could not be prepared"
      notFound={
        notFound && (
          <Text>
            There is no SLA {params.id}.{' '}
            <Anchor component={Link} href="/slas">
              Go to the SLA list
            </Anchor>
          </Text>
        )
      }
      skeleton={[140, 260, 160]}
      maxWidth={1180}
      busyLabel="Loading the review"
    >
      {() => (
        <SlaReviewForm
          prefill={current!}
          refreshing={picked.loading}
          period={period ?? first.data!.period}
          periodOptions={reviewPeriodOptions(first.data!.period)}
          onPeriodChange={setPeriod}
          periodError={periodError}
          people={people.data!}
          currentPersonId={workspace.currentPerson?.id ?? null}
        />
      )}
    </RecordFormPage>
  );
}
