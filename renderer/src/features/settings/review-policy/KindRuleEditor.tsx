import { Group, Input, MultiSelect, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Person } from '../../../../../shared/api/people-api';
import { OUTCOME_LABELS, REVIEW_OUTCOMES, type ReviewPolicy, type ReviewSubjectKind, type ReviewerRule } from '../../../../../shared/domain/review-policy';
import { KIND_TITLES } from './policy-draft';

interface KindRuleEditorProps {
  kind: ReviewSubjectKind;
  policy: ReviewPolicy;
  bands: string[];
  people: Person[];
  errors: Record<string, string>;
  onChange: (path: string, value: unknown) => void;
}

const monthsInput = (label: string, value: number, error: string | undefined, onChange: (value: number) => void) => (
  <NumberInput
    key={label}
    label={label}
    suffix=" months"
    min={0}
    max={120}
    allowDecimal={false}
    value={value}
    onChange={(v) => onChange(typeof v === 'number' ? v : 0)}
    error={error}
    w={170}
  />
);

const OWNER_WORDS: Record<ReviewSubjectKind, string> = {
  risk: 'The owner',
  sla: 'The service’s owner',
  service: 'The owner',
  supplier: 'The manager',
};

/** Who reviews a kind: the owner (default), one person, or anyone with a role — the same choices as for an approver. */
function ReviewerRuleInput({
  kind,
  rule,
  people,
  error,
  onChange,
}: {
  kind: ReviewSubjectKind;
  rule: ReviewerRule;
  people: Person[];
  error: string | undefined;
  onChange: (rule: ReviewerRule) => void;
}) {
  const label = `Reviewer of ${KIND_TITLES[kind].toLowerCase()}`;
  return (
    <Group gap="sm" align="flex-start">
      <Input.Wrapper label="Reviewer" description="Whose inbox the reviews go to" error={error}>
        <SegmentedControl
          aria-label={label}
          mt={4}
          value={rule.by}
          onChange={(by) => onChange({ ...rule, by: by as ReviewerRule['by'] })}
          data={[
            { value: 'owner', label: OWNER_WORDS[kind] },
            { value: 'person', label: 'A person' },
            { value: 'role', label: 'A role' },
          ]}
        />
      </Input.Wrapper>
      {rule.by === 'person' && (
        <Select
          label="Reviewing person"
          placeholder="Pick a person"
          searchable
          data={people.map((p) => ({ value: String(p.id), label: p.name }))}
          value={rule.personId === null ? null : String(rule.personId)}
          onChange={(value) => onChange({ ...rule, personId: value ? Number(value) : null })}
          w={240}
          mt={22}
        />
      )}
      {rule.by === 'role' && (
        <TextInput
          label="Reviewing role"
          description="Anyone with this role in People"
          placeholder="e.g. Head of IT"
          value={rule.role ?? ''}
          onChange={(event) => onChange({ ...rule, role: event.currentTarget.value })}
          w={240}
        />
      )}
    </Group>
  );
}

/** One kind's rule: cadence(s), due-soon and escalation days, outcomes needing approval and who approves. */
export function KindRuleEditor({ kind, policy, bands, people, errors, onChange }: KindRuleEditorProps) {
  const rule = policy[kind];
  const field = (name: string) => errors[`${kind}.${name}`];
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="sm">
        {KIND_TITLES[kind]}
      </Title>
      <Stack gap="sm">
        <Group gap="sm" align="flex-start">
          {kind === 'risk' &&
            [...bands]
              .reverse()
              .map((band) =>
                monthsInput(`${band} band`, policy.risk.cadenceByBand[band] ?? policy.risk.cadenceMonths, errors[`risk.cadenceByBand.${band}`], (v) =>
                  onChange(`risk.cadenceByBand.${band}`, v),
                ),
              )}
          {kind === 'service' &&
            (['1', '2', '3', '4'] as const).map((tier) =>
              monthsInput(`Tier ${tier}`, policy.service.cadenceByTier[tier], errors[`service.cadenceByTier.${tier}`], (v) =>
                onChange(`service.cadenceByTier.${tier}`, v),
              ),
            )}
          {monthsInput(kind === 'risk' ? 'Unscored risks' : kind === 'service' ? 'Other' : 'Every', rule.cadenceMonths, field('cadenceMonths'), (v) =>
            onChange(`${kind}.cadenceMonths`, v),
          )}
        </Group>
        <Group gap="sm" align="flex-start">
          <NumberInput
            label="Due soon"
            description="days before the due date"
            suffix=" days"
            min={0}
            max={365}
            allowDecimal={false}
            value={rule.dueSoonDays}
            onChange={(v) => onChange(`${kind}.dueSoonDays`, typeof v === 'number' ? v : 0)}
            error={field('dueSoonDays')}
            w={170}
          />
          <NumberInput
            label="Escalate"
            description="days after the due date"
            suffix=" days"
            min={0}
            max={365}
            allowDecimal={false}
            value={rule.escalateAfterDays}
            onChange={(v) => onChange(`${kind}.escalateAfterDays`, typeof v === 'number' ? v : 0)}
            error={field('escalateAfterDays')}
            w={170}
          />
          <MultiSelect
            label="Outcomes that need approval"
            description="They wait in the approver’s inbox"
            data={REVIEW_OUTCOMES[kind].map((value) => ({ value, label: OUTCOME_LABELS[value] ?? value }))}
            value={rule.approvalFor}
            onChange={(value) => onChange(`${kind}.approvalFor`, value)}
            error={field('approvalFor')}
            w={300}
          />
        </Group>
        <Group gap="sm" align="flex-start">
          <Select
            label="Approver (a person)"
            placeholder="Anyone with the role"
            clearable
            searchable
            data={people.map((p) => ({ value: String(p.id), label: p.name }))}
            value={rule.approver.personId === null ? null : String(rule.approver.personId)}
            onChange={(value) => onChange(`${kind}.approver`, { ...rule.approver, personId: value ? Number(value) : null })}
            error={field('approver')}
            w={240}
          />
          <TextInput
            label="or a role"
            placeholder="e.g. Head of IT"
            value={rule.approver.role ?? ''}
            disabled={rule.approver.personId !== null}
            onChange={(event) => onChange(`${kind}.approver`, { ...rule.approver, role: event.currentTarget.value || null })}
            w={240}
          />
          <Text size="xs" c="dimmed" maw={320} mt={28}>
            Nobody approves their own request.
          </Text>
        </Group>
        <ReviewerRuleInput
          kind={kind}
          rule={rule.reviewer}
          people={people}
          error={field('reviewer')}
          onChange={(value) => onChange(`${kind}.reviewer`, value)}
        />
      </Stack>
    </Paper>
  );
}
