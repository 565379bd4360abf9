import { Alert, Button, Group, NumberInput, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Person } from '../../../../../shared/api/people-api';
import type { PolicyChangePreviewResult, ReviewPolicyInfo } from '../../../../../shared/api/reviews-api';
import { REVIEW_SUBJECT_KINDS, policyProblems, type ReviewPolicy } from '../../../../../shared/domain/review-policy';
import { errorBody } from '../../../api/api-errors';
import { useApi } from '../../../api/api-context';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDateTime } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { KindRuleEditor } from './KindRuleEditor';
import { PolicyPreview } from './PolicyPreview';
import { setAt, withBands } from './policy-draft';

/** Settings ▸ Review policy: cadences, notice, escalation and approvals; a change is previewed before it is saved. */
export function ReviewPolicyTab() {
  const info = useApiQuery('reviewPolicy.get', {});
  const people = useApiQuery('people.list', {});
  if (info.error) return <ErrorPanel title="The review policy could not be loaded" error={info.error} onRetry={info.reload} />;
  if (!info.data) return <Skeleton height={400} radius="md" />;
  // A saved policy comes back with a new stamp: the editor starts again from it.
  return <PolicyEditor key={info.data.updatedAt ?? 'defaults'} info={info.data} people={people.data ?? []} />;
}

function PolicyEditor({ info, people }: { info: ReviewPolicyInfo; people: Person[] }) {
  const api = useApi();
  const [draft, setDraft] = useState<ReviewPolicy>(() => withBands(info.policy, info.bands));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<PolicyChangePreviewResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useApiAction('reviewPolicy.update', { success: 'Review policy saved', failure: null });

  const change = (path: string, value: unknown) => {
    setDraft(setAt(draft, path, value));
    setPreview(null);
    setErrors((current) => {
      const next = { ...current };
      delete next[path];
      return next;
    });
  };

  const check = (): boolean => {
    const problems = policyProblems(draft);
    setErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.message])));
    setFailure(problems[0]?.message ?? null);
    return problems.length === 0;
  };

  const showPreview = async () => {
    if (!check()) return;
    try {
      setPreview(await api.call('reviewPolicy.preview', { policy: draft }));
    } catch (error) {
      setFailure(errorBody(error).message);
    }
  };

  const commit = async (moveDates: boolean) => {
    const result = await save.run({ policy: draft, moveDates });
    if (!result.ok) {
      const body = errorBody(result.error);
      if (body.field) setErrors({ [body.field.replace(/^policy\./, '')]: body.message });
      setFailure(body.message);
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <Text size="sm" c="dimmed">
        How often each kind of record is reviewed (ISO/IEC 20000-1 “at planned intervals”), when a review shows as due soon, when it escalates to the approver,
        and which outcomes need someone else’s approval. The next date counts from the day a review is done.{' '}
        {info.updatedAt ? `Last changed ${formatDateTime(info.updatedAt)} by ${info.updatedBy}.` : 'These are the built-in defaults.'}
      </Text>
      {REVIEW_SUBJECT_KINDS.map((kind) => (
        <KindRuleEditor key={kind} kind={kind} policy={draft} bands={info.bands} people={people} errors={errors} onChange={change} />
      ))}
      <Paper withBorder radius="md" p="md">
        <NumberInput
          label="Longest risk acceptance"
          description="A risk accepted at review always has an expiry, at most this far ahead; when it passes the risk is due for review again."
          suffix=" months"
          min={0}
          max={120}
          allowDecimal={false}
          value={draft.acceptance.maxMonths}
          onChange={(v) => change('acceptance.maxMonths', typeof v === 'number' ? v : 0)}
          error={errors['acceptance.maxMonths']}
          w={420}
        />
      </Paper>
      {failure && !preview && (
        <Alert color="red" title="The policy cannot be saved yet">
          {failure}
        </Alert>
      )}
      {preview ? (
        <PolicyPreview preview={preview} saving={save.running} onSave={(move) => void commit(move)} onCancel={() => setPreview(null)} />
      ) : (
        <Group>
          <Button onClick={() => void showPreview()}>Preview and save…</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(withBands(info.policy, info.bands));
              setErrors({});
              setFailure(null);
            }}
          >
            Discard changes
          </Button>
        </Group>
      )}
    </Stack>
  );
}
