import { Button, Group, Input, Modal, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { NumberField } from '../../ui/NumberField';
import { useForm } from '@mantine/form';
import type { Contract } from '../../../../shared/api/suppliers-api';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { useApiQuery } from '../../api/use-api-query';
import { CONTRACT_FIELD_LABELS, contractInput, initialContractValues, validateContract, type ContractFormValues } from './contract-form-values';

interface ContractFormModalProps {
  /** The contract to edit; null to add one. */
  contract: Contract | null;
  /** For a new contract opened from a supplier's page: that supplier, preselected. */
  supplierId?: number | null;
  onClose: () => void;
}

const KIND_OPTIONS = [
  { value: 'underpinning', label: 'Underpinning contract' },
  { value: 'ola', label: 'OLA (internal team)' },
];

/**
 * Add or edit an underpinning contract (with an external supplier) or an OLA (with an internal
 * team). Switching the type swaps the supplier select for the team field; the API's messages
 * land under the field they name.
 */
export function ContractFormModal({ contract, supplierId = null, onClose }: ContractFormModalProps) {
  const form = useForm<ContractFormValues>({
    initialValues: initialContractValues(contract, supplierId),
    validate: validateContract,
    // "End before start" is about both dates: changing either one answers it.
    onValuesChange: (values, previous) => {
      if (values.startDate !== previous.startDate || values.endDate !== previous.endDate) form.clearFieldError('endDate');
    },
  });
  const suppliers = useApiQuery('suppliers.list', {});
  const services = useApiQuery('services.list', { limit: 10_000, sort: { column: 'code', direction: 'asc' } });
  const create = useApiAction('contracts.create', { success: (created) => `Added ${created.title}`, failure: 'Could not add the contract' });
  const update = useApiAction('contracts.update', { success: (updated) => `Saved ${updated.title}`, failure: 'Could not save the contract' });
  const kind = form.values.kind;

  const supplierOptions = (suppliers.data ?? []).map((supplier) => ({ value: String(supplier.id), label: supplier.name }));
  const serviceOptions = (services.data?.rows ?? []).map((service) => ({
    value: String(service.id),
    label: `${service.code} · ${service.name}${service.lifecycle === 'retired' ? ' (retired)' : ''}`,
  }));

  const submit = form.onSubmit(async (values) => {
    const input = contractInput(values);
    const outcome = contract ? await update.run({ id: contract.id, ...input }) : await create.run(input);
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, Object.keys(CONTRACT_FIELD_LABELS));
  });

  return (
    <Modal opened onClose={onClose} title={contract ? `Edit ${contract.title}` : 'Add a contract or OLA'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Input.Wrapper
            label="Type"
            description={
              kind === 'underpinning'
                ? 'An external supplier’s commitment that the services rely on.'
                : 'An operational level agreement with a team inside your organisation.'
            }
            error={form.errors.kind}
          >
            <SegmentedControl
              mt={6}
              data={KIND_OPTIONS}
              value={kind}
              onChange={(value) => form.setFieldValue('kind', value as ContractFormValues['kind'])}
              aria-label="Type"
            />
          </Input.Wrapper>
          <TextInput label="Title" withAsterisk data-autofocus placeholder="e.g. Managed WAN, LAN and Wi-Fi" {...form.getInputProps('title')} />
          {kind === 'underpinning' ? (
            <Select
              label="Supplier"
              withAsterisk
              searchable
              placeholder={suppliers.data && suppliers.data.length === 0 ? 'No suppliers yet: add one on the Suppliers tab' : 'Choose the supplier'}
              data={supplierOptions}
              nothingFoundMessage="No supplier by that name"
              {...form.getInputProps('supplierId')}
            />
          ) : (
            <TextInput label="Internal team" withAsterisk placeholder="e.g. Service Desk, Network team" {...form.getInputProps('internalTeam')} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput type="date" label="Start date" description="When it came into force" {...form.getInputProps('startDate')} />
            <TextInput type="date" label="End date" description="Leave empty for a rolling agreement" {...form.getInputProps('endDate')} />
            <NumberField
              label="Notice period (days)"
              description="Notice needed to end or renegotiate"
              min={0}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('noticeDays')}
            />
          </SimpleGrid>
          <Textarea
            label="Targets"
            description="In words: response and fix times, availability, reports and reviews they commit to"
            placeholder={'P1: response 15 min, fix 4 h, 24x7\nAvailability 99.9 % per month'}
            // Autosize needs document.fonts, which the component tests' DOM lacks; a height the person can drag serves as well.
            rows={4}
            resize="vertical"
            {...form.getInputProps('targetsText')}
          />
          <MultiSelect
            label="Services"
            description="The services this contract or OLA supports"
            placeholder={form.values.serviceIds.length ? undefined : 'Choose services'}
            data={serviceOptions}
            searchable
            hidePickedOptions
            clearable
            maxDropdownHeight={260}
            nothingFoundMessage={services.data ? 'No service matches' : 'Loading services…'}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('serviceIds')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running || update.running}>
              {contract ? 'Save' : kind === 'ola' ? 'Add OLA' : 'Add contract'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
