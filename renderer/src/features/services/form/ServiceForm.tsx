import { Button, Grid, Group, Input, MultiSelect, Paper, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { AutocompleteField, TextField } from '../../../ui/TextFields';
import { useForm } from '@mantine/form';
import { useRef, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { LIFECYCLES, SERVICE_KINDS, type ServiceDetail, type ServiceSummary } from '../../../../../shared/api/services-api';
import type { Person } from '../../../../../shared/api/people-api';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { localToday } from '../../../lib/format';
import { KIND_LABEL, LIFECYCLE_LABEL, TIERS, TIER_MEANING, TIER_SHORT, serviceLabel } from '../common/service-labels';
import { MarkdownEditor } from './MarkdownEditor';
import { ServiceHoursEditor } from './ServiceHoursEditor';
import { FIELD_LABELS, formPathOf, toCreateInput, toUpdateInput, validateService, type ServiceFormValues } from './service-form-values';
import { confirmDiscard, useUnsavedGuard } from '../../../ui/use-unsaved-guard';
import { FormSaveBar } from '../../../ui/FormSaveBar';
import { handlePageFormKeys } from '../../../ui/page-form-keys';
import { FormSection } from '../../../ui/record-form/FormSection';
import { focusFirstError } from '../../../ui/record-form/focus-first-error';

interface ServiceFormProps {
  /** The service being edited; null for a new one. */
  service: ServiceDetail | null;
  initial: ServiceFormValues;
  catalogue: ServiceSummary[];
  facets: { categories: string[]; tags: string[]; customers: string[] };
  people: Person[];
}

/** YYYY-MM-DD `months` after `from`. */
function addMonths(from: string, months: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1 + months, Math.min(day, 28));
  return localToday(date);
}

/** Every field of a service, validated with the API's schema; the API's own refusals appear at the field they name. */
export function ServiceForm({ service, initial, catalogue, facets, people }: ServiceFormProps) {
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ServiceFormValues>({ initialValues: initial, validate: (values) => validateService(values, service?.id ?? null) });
  const create = useApiAction('services.create', { success: (created) => `Added ${serviceLabel(created)}`, failure: 'Could not add the service' });
  const update = useApiAction('services.update', { success: (saved) => `Saved ${serviceLabel(saved)}`, failure: 'Could not save the service' });
  const saving = create.running || update.running;
  const dirty = form.isDirty();
  const { allowLeave } = useUnsavedGuard({ dirty, values: form.getValues(), restore: (draft) => form.setValues(draft) });
  const values = form.getValues();
  const backTo = service ? `/services/${service.id}` : '/services';

  const submit = form.onSubmit(
    async (submitted) => {
      if (service && !dirty) {
        allowLeave();
        navigate(backTo);
        return;
      }
      const outcome = service ? await update.run(toUpdateInput(service.id, submitted, form.getInitialValues())) : await create.run(toCreateInput(submitted));
      if (outcome.ok) {
        allowLeave();
        // A new service replaces the empty form in the history: Back goes to where "New service" was pressed.
        navigate(`/services/${outcome.value.id}`, { replace: !service });
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
    if (dirty) confirmDiscard(leave);
    else leave();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) =>
    handlePageFormKeys(event, { submit: () => formRef.current?.requestSubmit(), cancel, saving: saving });

  const activePeople = people.filter((person) => person.active || person.id === initial.ownerId);
  const ownerOptions = activePeople.map((person) => ({ value: person.id, label: person.active ? person.name : `${person.name} (inactive)` }));
  const dependencyOptions = catalogue
    .filter((item) => item.id !== service?.id)
    .map((item) => ({ value: item.id, label: `${serviceLabel(item)}${item.lifecycle === 'retired' ? ' (retired)' : ''}` }));
  const hoursErrors = Object.fromEntries(
    Object.entries(form.errors)
      .filter(([path]) => path.startsWith('serviceHours'))
      .map(([path, message]) => [path, String(message)]),
  );
  const reviewBase = values.lastReviewDate || localToday();
  const setHours = (hours: ServiceFormValues['serviceHours']) => {
    form.setFieldValue('serviceHours', hours);
    // Messages about single windows (`serviceHours.windows.1.to`) are stale once the calendar changes.
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([path]) => !path.startsWith('serviceHours'))));
  };

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={service ? `Edit ${serviceLabel(service)}` : 'New service'}>
      <Stack gap="lg" maw={1080}>
        <FormSection title="Service">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
              <TextField
                label={FIELD_LABELS.code}
                withAsterisk
                maxLength={30}
                description="Unique, e.g. SVC-030"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                {...form.getInputProps('code')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8, md: 9 }}>
              <TextField
                label={FIELD_LABELS.name}
                withAsterisk
                maxLength={200}
                data-autofocus
                autoFocus={!service}
                placeholder="e.g. Electronic Patient Record"
                description="What people call it"
                {...form.getInputProps('name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <AutocompleteField
                label={FIELD_LABELS.category}
                description="Pick one in use or type a new one"
                data={facets.categories}
                maxLength={100}
                placeholder="e.g. Infrastructure"
                {...form.getInputProps('category')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <Input.Wrapper label={FIELD_LABELS.kind} description="Used by customers, or by other services">
                <SegmentedControl
                  mt={6}
                  fullWidth
                  aria-label={FIELD_LABELS.kind}
                  data={SERVICE_KINDS.map((kind) => ({ value: kind, label: KIND_LABEL[kind] }))}
                  {...form.getInputProps('kind')}
                />
              </Input.Wrapper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <Input.Wrapper label={FIELD_LABELS.lifecycle} description="Changes are dated in the service's history">
                <SegmentedControl
                  mt={6}
                  fullWidth
                  aria-label={FIELD_LABELS.lifecycle}
                  data={LIFECYCLES.map((lifecycle) => ({ value: lifecycle, label: LIFECYCLE_LABEL[lifecycle] }))}
                  {...form.getInputProps('lifecycle')}
                />
              </Input.Wrapper>
            </Grid.Col>
          </Grid>
        </FormSection>

        <Paper withBorder radius="md" p="lg" component="section">
          <MarkdownEditor
            label={FIELD_LABELS.description}
            description="What the service provides, what it includes and what it does not."
            placeholder={'**Single sign-on** for all staff.\n\n- Accounts and multi-factor authentication\n- Starters and leavers\n\n_Not included:_ …'}
            value={values.description}
            onChange={(value) => form.setFieldValue('description', value)}
            error={form.errors.description}
          />
        </Paper>

        <FormSection title="Ownership and customers">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select<number>
                label={FIELD_LABELS.ownerId}
                description="Accountable for the service; ISO/IEC 20000-1 asks for one per service"
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
              <TextField
                label={FIELD_LABELS.supportContact}
                maxLength={200}
                description="Where users go for help"
                placeholder="e.g. Service Desk, ext. 4000"
                {...form.getInputProps('supportContact')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TagsInput
                label={FIELD_LABELS.customers}
                description="Who uses it; Enter or comma after each"
                data={facets.customers}
                splitChars={[',']}
                acceptValueOnBlur
                clearable
                maxTags={50}
                placeholder={values.customers.length ? '' : 'e.g. Finance, All staff'}
                {...form.getInputProps('customers')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TagsInput
                label={FIELD_LABELS.tags}
                description="Free labels for filtering"
                data={facets.tags}
                splitChars={[',']}
                acceptValueOnBlur
                clearable
                maxTags={30}
                placeholder={values.tags.length ? '' : 'e.g. infrastructure'}
                {...form.getInputProps('tags')}
              />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection title={`${FIELD_LABELS.criticality} and ${FIELD_LABELS.serviceHours.toLowerCase()}`}>
          <Stack gap="lg">
            <Input.Wrapper
              label={FIELD_LABELS.criticality}
              description="1 is the most critical. It sets review frequency and how outages are prioritised."
              error={form.errors.criticality}
            >
              <SegmentedControl
                mt={6}
                aria-label={FIELD_LABELS.criticality}
                data={TIERS.map((tier) => ({ value: String(tier), label: `${tier} · ${TIER_SHORT[tier]}` }))}
                value={String(values.criticality)}
                onChange={(value) => form.setFieldValue('criticality', Number(value))}
              />
              <Text size="sm" c="dimmed" mt={6}>
                Tier {values.criticality}: {TIER_MEANING[values.criticality]}
              </Text>
            </Input.Wrapper>
            <ServiceHoursEditor label={FIELD_LABELS.serviceHours} value={values.serviceHours} onChange={setHours} errors={hoursErrors} />
          </Stack>
        </FormSection>

        <FormSection
          title="Dependencies"
          description="The services this one needs to work. A failure of any of them can hit this service, and its page shows what it would hit in turn."
        >
          <MultiSelect<number>
            label={FIELD_LABELS.dependsOn}
            placeholder={values.dependsOn.length ? '' : 'Search by code or name'}
            data={dependencyOptions}
            searchable
            clearable
            hidePickedOptions
            limit={100}
            maxDropdownHeight={320}
            nothingFoundMessage="No service matches"
            value={values.dependsOn}
            onChange={(value) => form.setFieldValue('dependsOn', value)}
            error={form.errors.dependsOn}
          />
        </FormSection>

        <FormSection title="Reviews">
          <Grid gap="md" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <TextInput type="date" label={FIELD_LABELS.lastReviewDate} {...form.getInputProps('lastReviewDate')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <TextInput
                type="date"
                label={FIELD_LABELS.nextReviewDate}
                description={service ? undefined : 'Left empty, the review policy plans it from the tier'}
                {...form.getInputProps('nextReviewDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Group gap="xs" mb={4}>
                <Text size="xs" c="dimmed">
                  Next review:
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => form.setFieldValue('nextReviewDate', addMonths(reviewBase, 6))}>
                  +6 months
                </Button>
                <Button size="compact-xs" variant="light" onClick={() => form.setFieldValue('nextReviewDate', addMonths(reviewBase, 12))}>
                  +1 year
                </Button>
              </Group>
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSaveBar submitLabel={service ? 'Save changes' : 'Add service'} saving={saving} onCancel={cancel} dirty={dirty} />
      </Stack>
    </form>
  );
}
