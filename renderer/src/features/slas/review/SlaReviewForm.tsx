import { Box, Button, Grid, Group, LoadingOverlay, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { SLA_REVIEW_OUTCOMES, type SlaReviewCreateInput, type SlaReviewPrefill } from '../../../../../shared/api/sla-reviews-api';
import type { Person } from '../../../../../shared/api/people-api';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { formatDate, plural } from '../../../lib/format';
import { confirmDiscard, useUnsavedGuard } from '../../../ui/use-unsaved-guard';
import { periodLabel } from '../common/SlaBadges';
import { ActionRowsEditor } from './ActionRowsEditor';
import { BreachList } from './BreachList';
import { OpenActionsList } from './OpenActionsList';
import { ReviewTable, windowText } from './ReviewTable';
import { ReviewerDescription } from './ReviewerDescription';
import { OUTCOME_LABEL } from './review-labels';
import {
  addMonths,
  breachActionTitle,
  formPathOf,
  initialReviewValues,
  newActionDraft,
  toCreateInput,
  validateReview,
  type ReviewFormValues,
} from './review-form-values';
import { FormSaveBar } from '../../../ui/FormSaveBar';
import { handlePageFormKeys } from '../../../ui/page-form-keys';
import { FormSection } from '../../../ui/record-form/FormSection';
import { focusFirstError } from '../../../ui/record-form/focus-first-error';

const UNSAVED_REVIEW = 'The changes you made to this review have not been saved.';

interface SlaReviewFormProps {
  prefill: SlaReviewPrefill;
  /** True while the table of a newly picked month loads; the form keeps what was typed. */
  refreshing: boolean;
  period: string;
  periodOptions: string[];
  onPeriodChange: (period: string) => void;
  /** Why the picked month's table could not be loaded, if it could not. */
  periodError?: string | null;
  people: Person[];
  currentPersonId: number | null;
}

/** The SLA review (ISO/IEC 20000-1 8.3.3): pre-filled facts, the reviewer's judgement, and the actions it raises. */
export function SlaReviewForm({ prefill, refreshing, period, periodOptions, onPeriodChange, periodError = null, people, currentPersonId }: SlaReviewFormProps) {
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  // The validator reads the table of the month on screen, which changes when another month is picked.
  const latestPrefill = useRef(prefill);
  useEffect(() => {
    latestPrefill.current = prefill;
  }, [prefill]);
  const form = useForm<ReviewFormValues>({
    initialValues: initialReviewValues(currentPersonId),
    validate: (values) => validateReview(values, latestPrefill.current),
    onValuesChange: (values, previous) => {
      // The breach rule is answered by either an action or a note.
      if (values.actions.length !== previous.actions.length || values.notes !== previous.notes) form.clearFieldError('actions');
    },
  });
  const { sla } = prefill;
  const create = useApiAction('slaReviews.create', {
    success: (review) => `Recorded the ${periodLabel(review.period)} review of ${review.slaCode}`,
    successDetail: (review) => (review.actions.length ? `${plural(review.actions.length, 'improvement action')} raised` : null),
    failure: 'Could not record the review',
  });
  const dirty = form.isDirty();
  const { allowLeave } = useUnsavedGuard({ dirty, values: form.getValues(), restore: (draft) => form.setValues(draft), message: UNSAVED_REVIEW });
  const values = form.getValues();
  const backTo = `/slas/${sla.id}`;

  const submit = form.onSubmit(
    async (submitted) => {
      const outcome = await create.run(toCreateInput(sla.id, period, submitted) as SlaReviewCreateInput);
      if (outcome.ok) {
        allowLeave();
        navigate(backTo);
        return;
      }
      const path = formPathOf(outcome.error);
      if (path) {
        form.setFieldError(path, errorBody(outcome.error).message);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  const cancel = () => {
    const leave = () => {
      allowLeave();
      navigate(backTo);
    };
    if (dirty) confirmDiscard(leave, UNSAVED_REVIEW);
    else leave();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) =>
    handlePageFormKeys(event, { submit: () => formRef.current?.requestSubmit(), cancel, saving: create.running });

  const personOptions = people
    .filter((person) => person.active || person.id === values.reviewerId)
    .map((person) => ({ value: String(person.id), label: person.name }));
  const addBreachAction = (breach: SlaReviewPrefill['breaches'][number]) =>
    form.insertListItem('actions', newActionDraft(form.getValues(), breachActionTitle(breach), breach.targetId));

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={`Review of ${sla.code}`}>
      <Stack gap="lg" maw={1180}>
        <FormSection
          title="Review"
          description={
            <>
              Covers {windowText(prefill.window)}
              {prefill.lastReview
                ? `, the months since the last review (${prefill.lastReview.period ? `${periodLabel(prefill.lastReview.period)}, ` : ''}reviewed ${formatDate(prefill.lastReview.reviewedOn)}${prefill.lastReview.reviewerName ? ` by ${prefill.lastReview.reviewerName}` : ''}).`
                : '. There is no earlier review, so the last twelve months are covered.'}
            </>
          }
        >
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <Select
                label="Reviewed month"
                description="The month the results are read for"
                data={periodOptions.map((option) => ({ value: option, label: periodLabel(option) }))}
                value={period}
                onChange={(value) => {
                  if (!value) return;
                  form.clearFieldError('period');
                  onPeriodChange(value);
                }}
                allowDeselect={false}
                error={form.errors.period ?? periodError}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <TextInput type="date" label="Review date" description="The day of the review meeting" withAsterisk {...form.getInputProps('reviewedOn')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select
                label="Reviewer"
                description={<ReviewerDescription currentPersonId={currentPersonId} />}
                withAsterisk
                placeholder="Choose the reviewer"
                data={personOptions}
                searchable
                nothingFoundMessage="Nobody by that name; add people in Settings"
                value={values.reviewerId === null ? null : String(values.reviewerId)}
                onChange={(value) => form.setFieldValue('reviewerId', value === null ? null : Number(value))}
                error={form.errors.reviewerId}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <Box pos="relative">
          <LoadingOverlay visible={refreshing} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
          <Stack gap="lg">
            <FormSection
              title="Targets against actuals"
              description={`Service levels for ${periodLabel(prefill.period)}, and how each month of the review window went.`}
            >
              {prefill.targets.length === 0 ? (
                <Text size="sm" c="dimmed">
                  This SLA has no service level targets.
                </Text>
              ) : (
                <ReviewTable label="Targets" lines={prefill.targets} period={prefill.period} window={prefill.window} levelHeading="Target" />
              )}
            </FormSection>
            <FormSection title="Workload against limits" description="Above the agreed workload, some targets may be excused (see the exceptions below).">
              {prefill.workload.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No workload limit is agreed in this SLA.
                </Text>
              ) : (
                <ReviewTable label="Workload" lines={prefill.workload} period={prefill.period} window={prefill.window} levelHeading="Limit" />
              )}
            </FormSection>
            <FormSection title="Breaches">
              <BreachList
                breaches={prefill.breaches}
                lines={[...prefill.targets, ...prefill.workload]}
                coveredTargetIds={values.actions.map((action) => action.breachTargetId)}
                onAddAction={addBreachAction}
              />
            </FormSection>
          </Stack>
        </Box>

        <FormSection title="Exceptions and customer comments">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label="Exceptions that applied"
                description={sla.exceptions ? `Agreed in the SLA: ${sla.exceptions}` : 'The SLA names no exceptions.'}
                placeholder="e.g. July: workload over the limit, resolution target excused"
                rows={3}
                resize="vertical"
                {...form.getInputProps('exceptionsApplied')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label="Customer comments"
                description={`What ${sla.customer || 'the customer'} said about the service`}
                placeholder="e.g. Staff noticed the October outage"
                rows={3}
                resize="vertical"
                {...form.getInputProps('customerComments')}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection title="Outcome">
          <Stack gap="md">
            <Radio.Group
              label="Outcome"
              withAsterisk
              value={values.outcome}
              onChange={(value) => form.setFieldValue('outcome', value as ReviewFormValues['outcome'])}
              error={form.errors.outcome}
            >
              <Group mt="xs" gap="xl">
                {SLA_REVIEW_OUTCOMES.map((outcome) => (
                  <Radio key={outcome} value={outcome} label={OUTCOME_LABEL[outcome]} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label="Notes"
              description="Conclusions, and why no action is needed for a breach when none is raised"
              rows={3}
              resize="vertical"
              {...form.getInputProps('notes')}
            />
            <Group gap="md" align="flex-end">
              <TextInput type="date" label="Next review" withAsterisk w={200} {...form.getInputProps('nextReviewDate')} />
              <Group gap="xs" mb={form.errors.nextReviewDate ? 28 : 6}>
                {[3, 6, 12].map((months) => (
                  <Button
                    key={months}
                    size="compact-xs"
                    variant="light"
                    onClick={() => form.setFieldValue('nextReviewDate', addMonths(values.reviewedOn || prefill.window.to + '-01', months))}
                  >
                    +{months === 12 ? '1 year' : `${months} months`}
                  </Button>
                ))}
              </Group>
            </Group>
          </Stack>
        </FormSection>

        <FormSection title="Improvement actions" description="Each action gets an owner and a due date, and is followed up on the Actions screen.">
          <Stack gap="md">
            <OpenActionsList actions={prefill.openActions} slaId={sla.id} />
            <ActionRowsEditor form={form} people={personOptions} />
          </Stack>
        </FormSection>

        <FormSaveBar
          submitLabel="Record review"
          saving={create.running}
          submitDisabled={refreshing || periodError !== null}
          onCancel={cancel}
          dirty={dirty}
          cleanText="Not recorded yet"
        />
      </Stack>
    </form>
  );
}
