import { Alert, Anchor, Grid, Input, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { AutocompleteField, TextAreaField, TextField } from '../../../ui/TextFields';
import { useForm } from '@mantine/form';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { ServiceSummary } from '../../../../../shared/api/services-api';
import { SLA_STATUSES, type SlaDetail } from '../../../../../shared/api/slas-api';
import { parseServiceHours, serviceHoursSchema, type ServiceHours } from '../../../../../shared/domain/service-hours';
import { ServiceHoursEditor } from '../../services';
import { confirmDiscard, useUnsavedGuard } from '../../../ui/use-unsaved-guard';
import { TargetsEditor } from '../targets/TargetsEditor';
import type { TargetRow } from '../targets/target-rows';
import { FIELD_LABELS, formErrorOf, validateSla, type SlaFormValues } from './sla-form-values';
import { useSaveSla } from './use-save-sla';
import { FormSaveBar } from '../../../ui/FormSaveBar';
import { handlePageFormKeys } from '../../../ui/page-form-keys';
import { FormSection } from '../../../ui/record-form/FormSection';
import { focusFirstError } from '../../../ui/record-form/focus-first-error';

interface SlaFormProps {
  /** The SLA being edited; null for a new one. */
  sla: SlaDetail | null;
  initial: SlaFormValues;
  services: ServiceSummary[];
  /** Customers named in the catalogue, offered as suggestions. */
  customers: string[];
}

const UNSAVED_SLA = 'The changes you made to this SLA have not been saved.';
const STATUS_LABEL = { draft: 'Draft', agreed: 'Agreed', expired: 'Expired' } as const;

/** A year after a date ("YYYY-MM-DD"), for the review-date shortcut. */
function yearAfter(date: string): string {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${year + 1}${rest === '-02-29' ? '-02-28' : rest}`;
}

/** Every field of an SLA and its targets, validated with the API's schema; the API's refusals appear at the field they name. */
export function SlaForm({ sla, initial, services, customers }: SlaFormProps) {
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<SlaFormValues>({ initialValues: initial, validate: validateSla });
  const { save, running } = useSaveSla(sla);
  const [partial, setPartial] = useState<string | null>(null);
  const dirty = form.isDirty();
  const { allowLeave } = useUnsavedGuard({ dirty, values: form.getValues(), restore: (draft) => form.setValues(draft), message: UNSAVED_SLA });
  const values = form.getValues();
  const backTo = sla ? `/slas/${sla.id}` : '/slas';

  const service = services.find((item) => item.id === values.serviceId) ?? null;
  const serviceHours: ServiceHours | null = service
    ? (() => {
        const parsed = parseServiceHours(service.serviceHoursText);
        return parsed.ok ? parsed.value : null;
      })()
    : null;
  const ownHours = serviceHoursSchema.safeParse(values.serviceHours);
  const effectiveHours = values.ownHours ? (ownHours.success ? ownHours.data : null) : serviceHours;

  const submit = form.onSubmit(
    async (submitted) => {
      if (sla && !dirty) {
        allowLeave();
        navigate(backTo);
        return;
      }
      setPartial(null);
      const initialValues = form.getInitialValues();
      const outcome = await save(submitted, initialValues);
      if (outcome.kind === 'saved') {
        allowLeave();
        // A new SLA replaces the empty form in the history: Back goes to where "New SLA" was pressed.
        navigate(`/slas/${outcome.id}`, { replace: !sla });
        return;
      }
      if (outcome.kind === 'cancelled') return;
      if (outcome.detailsSaved) {
        // The fields are saved: only the target edits are still unsaved, and they stay on screen.
        form.setInitialValues({ ...submitted, targets: initialValues.targets });
        setPartial('The SLA’s details were saved, but its targets were not. Your target edits are still here: correct them and save again.');
      }
      const fieldError = formErrorOf(outcome.error);
      if (fieldError) form.setFieldError(fieldError.path, fieldError.message);
      focusFirstError();
    },
    () => focusFirstError(),
  );

  const cancel = () => {
    const leave = () => {
      allowLeave();
      navigate(backTo);
    };
    if (dirty) confirmDiscard(leave, UNSAVED_SLA);
    else leave();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) =>
    handlePageFormKeys(event, { submit: () => formRef.current?.requestSubmit(), cancel, saving: running });

  const withoutErrors = (prefix: string) => Object.fromEntries(Object.entries(form.errors).filter(([path]) => !path.startsWith(prefix)));
  const errorsUnder = (prefix: string) =>
    Object.fromEntries(
      Object.entries(form.errors)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, message]) => [path, String(message)]),
    );
  const setHours = (hours: ServiceHours) => {
    form.setFieldValue('serviceHours', hours);
    form.setErrors(withoutErrors('serviceHours'));
  };
  const setOwnHours = (own: boolean) => {
    // Starting an override from the service's own calendar is closer to what is wanted than a blank one.
    if (own && !initial.ownHours && serviceHours && JSON.stringify(values.serviceHours) === JSON.stringify(initial.serviceHours)) {
      form.setFieldValue('serviceHours', serviceHours);
    }
    form.setFieldValue('ownHours', own);
    form.setErrors(withoutErrors('serviceHours'));
  };
  const setTargets = (rows: TargetRow[], structural: boolean) => {
    form.setFieldValue('targets', rows);
    // Messages are kept by row number: after a move or removal they would sit on the wrong row.
    if (structural) form.setErrors(withoutErrors('targets'));
  };

  const serviceOptions = services.map((item) => ({ value: item.id, label: `${item.code} ${item.name}${item.lifecycle === 'retired' ? ' (retired)' : ''}` }));

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={sla ? `Edit ${sla.code} ${sla.name}` : 'New SLA'}>
      <Stack gap="lg" maw={1080}>
        <FormSection title="Agreement">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Select<number>
                label={FIELD_LABELS.serviceId}
                withAsterisk
                description="The service this SLA sets targets for"
                placeholder="Search by code or name"
                data={serviceOptions}
                searchable
                limit={100}
                nothingFoundMessage="No service matches"
                value={values.serviceId}
                onChange={(value) => form.setFieldValue('serviceId', value ?? null)}
                error={form.errors.serviceId}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <TextField
                label={FIELD_LABELS.code}
                withAsterisk
                maxLength={30}
                description="Unique, e.g. SLA-004"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...form.getInputProps('code')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <TextField
                label={FIELD_LABELS.name}
                withAsterisk
                maxLength={200}
                autoFocus={!sla}
                placeholder="e.g. Email for Finance"
                {...form.getInputProps('name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <AutocompleteField
                label={FIELD_LABELS.customer}
                withAsterisk
                maxLength={200}
                data={customers}
                placeholder="e.g. Finance department"
                {...form.getInputProps('customer')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Input.Wrapper label={FIELD_LABELS.status} description="Agreed SLAs count on the dashboard and in the portfolio" error={form.errors.status}>
                <SegmentedControl
                  mt={6}
                  fullWidth
                  aria-label={FIELD_LABELS.status}
                  data={SLA_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }))}
                  {...form.getInputProps('status')}
                />
              </Input.Wrapper>
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection title="Validity and review">
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                type="date"
                label={FIELD_LABELS.validFrom}
                withAsterisk={values.status === 'agreed'}
                description="When it took effect"
                {...form.getInputProps('validFrom')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput type="date" label={FIELD_LABELS.validTo} description="Empty: until further notice" {...form.getInputProps('validTo')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                type="date"
                label={FIELD_LABELS.reviewDate}
                description={
                  values.validFrom ? (
                    <Anchor component="button" type="button" size="xs" onClick={() => form.setFieldValue('reviewDate', yearAfter(values.validFrom))}>
                      Set to a year after the start
                    </Anchor>
                  ) : (
                    'When it is next reviewed with the customer'
                  )
                }
                {...form.getInputProps('reviewDate')}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection
          title={FIELD_LABELS.serviceHours}
          description="Availability is measured within these hours only; time outside them is neither service time nor downtime."
        >
          <Stack gap="sm">
            <SegmentedControl
              w="fit-content"
              aria-label="Service hours of this SLA"
              value={values.ownHours ? 'own' : 'service'}
              onChange={(mode) => setOwnHours(mode === 'own')}
              data={[
                { value: 'service', label: 'Same as the service' },
                { value: 'own', label: 'Own hours for this SLA' },
              ]}
            />
            {values.ownHours ? (
              <ServiceHoursEditor
                value={values.serviceHours}
                onChange={setHours}
                errors={errorsUnder('serviceHours')}
                label="Hours of this SLA"
                description="Overrides the service’s hours for this SLA’s availability targets."
              />
            ) : (
              <Text size="sm" aria-label="The service's hours">
                {service ? (
                  <>
                    <b>{service.serviceHoursText}</b>{' '}
                    <Text span c="dimmed" inherit>
                      (the hours of {service.code} {service.name})
                    </Text>
                  </>
                ) : (
                  <Text span c="dimmed" inherit>
                    Pick the service to see its hours.
                  </Text>
                )}
              </Text>
            )}
          </Stack>
        </FormSection>

        <FormSection
          title="Targets"
          description="What the service provider commits to, judged every month: below a warning the month is at risk, past the target it is breached."
        >
          <TargetsEditor value={values.targets} onChange={setTargets} errors={errorsUnder('targets')} hours={effectiveHours} />
        </FormSection>

        <FormSection
          title={FIELD_LABELS.exceptions}
          description="What the targets do not cover: planned maintenance, force majeure, incidents caused by the customer, workload above the agreed limit."
        >
          <TextAreaField
            aria-label={FIELD_LABELS.exceptions}
            // Resizable rather than autosize, like the service description: long text keeps the rest of the form in view.
            resize="vertical"
            minRows={4}
            maxLength={20_000}
            placeholder="e.g. Planned maintenance announced five working days ahead, Sundays 06:00–10:00, does not count as downtime."
            {...form.getInputProps('exceptions')}
          />
        </FormSection>

        {partial && (
          <Alert color="orange" variant="light" role="alert" title="Partly saved">
            {partial}
          </Alert>
        )}

        <FormSaveBar submitLabel={sla ? 'Save changes' : 'Add SLA'} saving={running} onCancel={cancel} dirty={dirty} />
      </Stack>
    </form>
  );
}
