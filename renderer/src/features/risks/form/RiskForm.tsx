import { Button, Grid, Group, Input, MultiSelect, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { AutocompleteField, TextField } from '../../../ui/TextFields';
import { useForm } from '@mantine/form';
import { useRef, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { RISK_STATUSES, RISK_TREATMENTS, type RiskDetail, type RiskTreatment } from '../../../../../shared/api/risks-api';
import type { Person } from '../../../../../shared/api/people-api';
import type { RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { localToday } from '../../../lib/format';
import { confirmDiscard, useUnsavedGuard } from '../../../ui/use-unsaved-guard';
import { STATUS_LABEL, TREATMENT_LABEL, TREATMENT_MEANING, riskLabel } from '../common/risk-labels';
import { ScoresSection } from './ScoresSection';
import { MAX_LENGTH, RISK_FIELD_LABELS, formPathOf, toCreateInput, toUpdateInput, validateRisk, type RiskFormValues } from './risk-form-values';
import { FormSaveBar } from '../../../ui/FormSaveBar';
import { handlePageFormKeys } from '../../../ui/page-form-keys';
import { appNow } from '../../../lib/app-clock';
import { FormSection } from '../../../ui/record-form/FormSection';
import { focusFirstError } from '../../../ui/record-form/focus-first-error';

export interface RiskFormOptions {
  categories: string[];
  people: Person[];
  services: Array<{ id: number; code: string; name: string; retired: boolean }>;
  suppliers: Array<{ id: number; name: string }>;
}

interface RiskFormProps {
  /** The risk being edited; null for a new one. */
  risk: RiskDetail | null;
  initial: RiskFormValues;
  matrix: RiskMatrix;
  options: RiskFormOptions;
}

/** YYYY-MM-DD `months` after today. */
function monthsFromToday(months: number): string {
  const now = appNow();
  return localToday(new Date(now.getFullYear(), now.getMonth() + months, Math.min(now.getDate(), 28)));
}

const UNSAVED_RISK = 'The changes you made to this risk have not been saved.';
const NO_TREATMENT = 'none';

/** Every field of a risk, validated with the API's schema; the API's own refusals appear at the field they name. */
export function RiskForm({ risk, initial, matrix, options }: RiskFormProps) {
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<RiskFormValues>({ initialValues: initial, validate: (values) => validateRisk(values, risk?.id ?? null) });
  const create = useApiAction('risks.create', { success: (created) => `Added ${riskLabel(created)}`, failure: 'Could not add the risk' });
  const update = useApiAction('risks.update', { success: (saved) => `Saved ${riskLabel(saved)}`, failure: 'Could not save the risk' });
  const saving = create.running || update.running;
  const dirty = form.isDirty();
  const { allowLeave } = useUnsavedGuard({ dirty, values: form.getValues(), restore: (draft) => form.setValues(draft), message: UNSAVED_RISK });
  const values = form.getValues();
  const backTo = risk ? `/risks/${risk.id}` : '/risks';

  const submit = form.onSubmit(
    async (submitted) => {
      if (risk && !dirty) {
        allowLeave();
        navigate(backTo);
        return;
      }
      const outcome = risk ? await update.run(toUpdateInput(risk.id, submitted, form.getInitialValues())) : await create.run(toCreateInput(submitted));
      if (outcome.ok) {
        allowLeave();
        // A new risk replaces the empty form in the history: Back goes to where "New risk" was pressed.
        navigate(`/risks/${outcome.value.id}`, { replace: !risk });
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
    if (dirty) confirmDiscard(leave, UNSAVED_RISK);
    else leave();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) =>
    handlePageFormKeys(event, { submit: () => formRef.current?.requestSubmit(), cancel, saving: saving });

  const people = options.people.filter((person) => person.active || person.id === initial.ownerId);
  const ownerOptions = people.map((person) => ({ value: person.id, label: person.active ? person.name : `${person.name} (inactive)` }));
  const serviceOptions = options.services
    .filter((service) => !service.retired || initial.serviceIds.includes(service.id))
    .map((service) => ({ value: service.id, label: `${service.code} ${service.name}${service.retired ? ' (retired)' : ''}` }));
  const supplierOptions = options.suppliers.map((supplier) => ({ value: supplier.id, label: supplier.name }));
  const treatment = values.treatment;

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={risk ? `Edit ${riskLabel(risk)}` : 'New risk'}>
      <Stack gap="lg" maw={1080}>
        <FormSection title="Risk">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
              <TextField
                label={RISK_FIELD_LABELS.code}
                withAsterisk
                maxLength={MAX_LENGTH.code}
                description="Unique, e.g. RSK-012"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...form.getInputProps('code')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8, md: 9 }}>
              <TextField
                label={RISK_FIELD_LABELS.title}
                withAsterisk
                maxLength={MAX_LENGTH.title}
                autoFocus={!risk}
                placeholder="e.g. Ransomware encrypts the file servers"
                description="A short name people will recognise in the register"
                {...form.getInputProps('title')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <AutocompleteField
                label={RISK_FIELD_LABELS.category}
                description="Pick one in use or type a new one"
                data={options.categories}
                maxLength={MAX_LENGTH.category}
                placeholder="e.g. Security"
                {...form.getInputProps('category')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select
                label={RISK_FIELD_LABELS.status}
                description="Where the risk is in its life"
                data={RISK_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }))}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection title="Description" description="Cause → event → consequence: what could happen, why, and what it would do to the services.">
          <Grid gap="md">
            {(['cause', 'event', 'consequence'] as const).map((field) => (
              <Grid.Col key={field} span={{ base: 12, md: 4 }}>
                <Textarea
                  label={RISK_FIELD_LABELS[field]}
                  description={{ cause: 'Because of…', event: '…this could happen…', consequence: '…which would lead to' }[field]}
                  placeholder={
                    {
                      cause: 'e.g. Unpatched file servers reachable from staff laptops',
                      event: 'e.g. Ransomware spreads and encrypts the shares',
                      consequence: 'e.g. Clinics lose documents for days; SLA breach on EPR',
                    }[field]
                  }
                  rows={4}
                  resize="vertical"
                  {...form.getInputProps(field)}
                />
              </Grid.Col>
            ))}
          </Grid>
        </FormSection>

        <FormSection title="Ownership and links">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select<number>
                label={RISK_FIELD_LABELS.ownerId}
                description="Accountable for scoring and treating the risk"
                placeholder="Pick a person"
                data={ownerOptions}
                searchable
                clearable
                nothingFoundMessage="Nobody by that name; add people in Settings"
                value={values.ownerId}
                onChange={(value) => form.setFieldValue('ownerId', value ?? null)}
                error={form.errors.ownerId}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select<number>
                label={RISK_FIELD_LABELS.supplierId}
                description="When the risk comes from a supplier"
                placeholder="None"
                data={supplierOptions}
                searchable
                clearable
                nothingFoundMessage="No supplier by that name"
                value={values.supplierId}
                onChange={(value) => form.setFieldValue('supplierId', value ?? null)}
                error={form.errors.supplierId}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <MultiSelect<number>
                label={RISK_FIELD_LABELS.serviceIds}
                description="The services it would hit"
                placeholder={values.serviceIds.length ? '' : 'Search by code or name'}
                data={serviceOptions}
                searchable
                clearable
                hidePickedOptions
                limit={100}
                maxDropdownHeight={320}
                nothingFoundMessage="No service matches"
                value={values.serviceIds}
                onChange={(value) => form.setFieldValue('serviceIds', value)}
                error={form.errors.serviceIds}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <ScoresSection form={form} matrix={matrix} risk={risk} />

        <FormSection title="Controls and treatment">
          <Stack gap="md">
            <Textarea
              label={RISK_FIELD_LABELS.controls}
              description="What already reduces the risk; the residual score assumes them"
              rows={4}
              resize="vertical"
              {...form.getInputProps('controls')}
            />
            <Input.Wrapper
              label={RISK_FIELD_LABELS.treatment}
              description={treatment ? TREATMENT_MEANING[treatment] : 'How the risk will be dealt with (ISO 31000)'}
              error={form.errors.treatment}
            >
              <SegmentedControl
                mt={6}
                aria-label={RISK_FIELD_LABELS.treatment}
                data={[{ value: NO_TREATMENT, label: 'Not decided' }, ...RISK_TREATMENTS.map((value) => ({ value, label: TREATMENT_LABEL[value] }))]}
                value={treatment ?? NO_TREATMENT}
                onChange={(value) => form.setFieldValue('treatment', value === NO_TREATMENT ? null : (value as RiskTreatment))}
              />
            </Input.Wrapper>
            <Textarea
              label={RISK_FIELD_LABELS.treatmentRationale}
              description="Why this treatment: cost against benefit, who accepted it"
              rows={3}
              resize="vertical"
              {...form.getInputProps('treatmentRationale')}
            />
            <Group gap="sm" align="flex-end">
              <TextInput type="date" label={RISK_FIELD_LABELS.nextReviewDate} w={200} {...form.getInputProps('nextReviewDate')} />
              <Button size="compact-sm" variant="light" mb={6} onClick={() => form.setFieldValue('nextReviewDate', monthsFromToday(3))}>
                In 3 months
              </Button>
              <Button size="compact-sm" variant="light" mb={6} onClick={() => form.setFieldValue('nextReviewDate', monthsFromToday(12))}>
                In a year
              </Button>
            </Group>
          </Stack>
        </FormSection>

        <FormSaveBar submitLabel={risk ? 'Save changes' : 'Add risk'} saving={saving} onCancel={cancel} dirty={dirty} />
      </Stack>
    </form>
  );
}
