import { Grid, Skeleton, Stack } from '@mantine/core';
import { useLocation, useParams } from 'wouter';
import { REVIEW_SUBJECT_KINDS, type ReviewSubjectKind } from '../../../../shared/domain/review-policy';
import { useApiQuery } from '../../api/use-api-query';
import { RecordHeader } from '../../ui/record-form/RecordHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { useOpenWorkspace } from '../../app/workspace-context';
import { ReviewForm } from './ReviewForm';
import { SubjectFacts } from './SubjectFacts';
import { kindLabel, subjectPath } from './review-labels';

/** `#/reviews/:kind/:id`: the review form beside the subject's key facts. */
export function ReviewFormPage() {
  const params = useParams<{ kind: string; id: string }>();
  const [, navigate] = useLocation();
  const workspace = useOpenWorkspace();
  const kind = (REVIEW_SUBJECT_KINDS as readonly string[]).includes(params.kind) ? (params.kind as ReviewSubjectKind) : null;
  const id = Number(params.id);
  const subject = useApiQuery('reviews.subject', kind && Number.isInteger(id) && id > 0 ? { kind, id } : null);
  const back = () => navigate('/reviews');

  if (!kind || !Number.isInteger(id) || id <= 0)
    return <ErrorPanel title="There is no such review subject" error={new Error(`"${params.kind}/${params.id}" is not a risk, SLA, service or supplier.`)} />;
  return (
    <Stack gap="lg">
      <RecordHeader
        list={{ label: 'Reviews', href: '/reviews' }}
        record={subject.data ? { code: subject.data.code, name: subject.data.title, href: subjectPath(kind, id) } : null}
        step="Review"
        title={subject.data ? `Review ${kindLabel(kind).toLowerCase()} ${subject.data.code}` : `Review ${kindLabel(kind).toLowerCase()}`}
        subtitle="What the reviewer sees is kept with the record, so an auditor sees the same."
      />
      {subject.error ? (
        <ErrorPanel title="This subject could not be loaded" error={subject.error} onRetry={subject.reload} />
      ) : subject.data ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <SubjectFacts subject={subject.data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ReviewForm key={`${kind}-${id}`} subject={subject.data} me={workspace.currentPerson} onDone={back} onCancel={back} />
          </Grid.Col>
        </Grid>
      ) : (
        <Skeleton height={420} radius="md" aria-busy="true" />
      )}
    </Stack>
  );
}
