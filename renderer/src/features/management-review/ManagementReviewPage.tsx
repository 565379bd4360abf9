import { ActionIcon, Alert, Anchor, Badge, Breadcrumbs, Button, Code, Group, Paper, Skeleton, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { ReviewDecision } from '../../../../shared/api/management-reviews-api';
import { buildPackModel, inputBlocks } from '../../../../shared/management-review/pack-model';
import { RAG_LABELS } from '../../../../shared/management-review/rag';
import { executiveSummary } from '../../../../shared/management-review/review-content';
import { DECISION_TYPE_LABELS, STATUS_LABELS } from '../../../../shared/management-review/review-entity';
import { SECTION_BY_KEY, SECTIONS } from '../../../../shared/management-review/sections';
import { useApiAction } from '../../api/use-api-action';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate, formatDateTime } from '../../lib/format';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { DecisionModal } from './DecisionModal';
import { NarrativeBox } from './NarrativeBox';
import { PackBlockView } from './PackBlockView';
import { ReviewActions } from './ReviewActions';
import { ReviewFormModal } from './ReviewFormModal';
import { ReviewPackPreview } from './ReviewPackPreview';
import { RAG_BADGE, STATUS_COLOURS } from './review-labels';

/** `#/management-review/:id`: status, the inputs compiled live (or frozen), decisions, and the pack preview. */
export function ManagementReviewPage() {
  const id = Number(useParams<{ id: string }>().id);
  const review = useApiQuery('managementReviews.get', { id });
  const content = useApiQuery('managementReviews.content', { id });
  const people = useApiQuery('people.list', { includeInactive: true });
  const [editing, setEditing] = useState(false);
  const [decision, setDecision] = useState<ReviewDecision | 'new' | null>(null);
  const remove = useApiAction('managementReviews.deleteDecision', { success: 'Decision removed', failure: 'Could not remove the decision' });
  const model = useMemo(() => (content.data ? buildPackModel(content.data) : null), [content.data]);

  if (review.error) return <ErrorPanel error={review.error} onRetry={review.reload} />;
  if (!review.data || !content.data || !model) return <Skeleton h={320} />;
  const r = review.data;
  const c = content.data;
  const summary = executiveSummary(c.snapshot);
  const decisionsOpen = r.status !== 'closed';

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} href="/management-review">
          Management review
        </Anchor>
        <Text size="sm">{r.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{r.title}</Title>
            <Badge color={STATUS_COLOURS[r.status]} variant="light" size="lg">
              {STATUS_LABELS[r.status]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {formatDate(r.periodFrom)} – {formatDate(r.periodTo)} · meeting {r.meetingDate ? formatDate(r.meetingDate) : 'not set'} · chair{' '}
            {r.chairName ?? 'not chosen'} · prepared by {r.preparerName ?? '—'}
            {r.attendees.length ? ` · attendees ${r.attendees.map((a) => a.name).join(', ')}` : ''}
          </Text>
        </Stack>
        <ReviewActions review={r} people={people.data ?? []} onEdit={() => setEditing(true)} />
      </Group>
      {c.frozen ? (
        <Alert color="violet" icon={<IconLock size={18} />} title={`Frozen ${formatDateTime(r.asOf)}`}>
          What this review showed is stored with SHA-256 <Code>{r.snapshotSha256}</Code>; later changes to risks, SLAs or suppliers do not change it.
          {r.signedOffBy ? ` Signed off by ${r.signedOffBy.name}, ${formatDateTime(r.signedOffAt)}.` : ''}
        </Alert>
      ) : (
        <Alert color="blue" title="Compiled live">
          Every input below is compiled from the workspace as it is now ({formatDateTime(c.snapshot.asOf)}). Marking the review held freezes it.
        </Alert>
      )}
      <Tabs defaultValue="inputs" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inputs">Inputs</Tabs.Tab>
          <Tabs.Tab value="decisions">Decisions ({r.decisions.length})</Tabs.Tab>
          <Tabs.Tab value="preview">Pack preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inputs" pt="md">
          <Stack gap="md">
            {SECTIONS.map((section) => {
              const line = summary.find((s) => s.key === section.key)!;
              return (
                <Paper key={section.key} component="section" withBorder p="md" aria-label={section.title}>
                  <Stack gap="sm">
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={4}>
                        {section.title}{' '}
                        <Text span c="dimmed" size="sm">
                          {section.clause}
                        </Text>
                      </Title>
                      <Badge color={RAG_BADGE[line.rag]} variant="light">
                        {RAG_LABELS[line.rag]}
                      </Badge>
                    </Group>
                    {inputBlocks(c, section.key).map((block, index) => (
                      <PackBlockView key={index} block={block} />
                    ))}
                    <NarrativeBox
                      key={`${r.id}:${section.key}:${r.status}`}
                      reviewId={r.id}
                      section={section}
                      text={c.snapshot.narratives[section.key] ?? ''}
                      frozen={c.frozen || r.status === 'closed'}
                    />
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Each decision is tracked as an action in the Actions list and comes back at the next review as “actions from previous reviews”.
              </Text>
              {decisionsOpen && (
                <Button leftSection={<IconPlus size={16} />} onClick={() => setDecision('new')}>
                  Add decision
                </Button>
              )}
            </Group>
            {r.decisions.length === 0 ? (
              <Text c="dimmed" fs="italic" size="sm">
                No decisions recorded yet.
              </Text>
            ) : (
              <Paper withBorder>
                <Table aria-label="Decisions">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Type</Table.Th>
                      <Table.Th>Decision</Table.Th>
                      <Table.Th>Owner</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th>Input</Table.Th>
                      <Table.Th>Action</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.decisions.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{DECISION_TYPE_LABELS[d.type]}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.title}</Table.Td>
                        <Table.Td>
                          {d.ownerName ?? (
                            <Text span c="red" size="sm">
                              No owner
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {d.dueDate ? (
                            formatDate(d.dueDate)
                          ) : (
                            <Text span c="red" size="sm">
                              No due date
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{d.inputKey ? SECTION_BY_KEY[d.inputKey].title : '—'}</Table.Td>
                        <Table.Td>{d.actionStatus ?? '—'}</Table.Td>
                        <Table.Td>
                          {decisionsOpen && (
                            <Group gap={4} wrap="nowrap">
                              <ActionIcon variant="subtle" aria-label={`Edit ${d.title}`} onClick={() => setDecision(d)}>
                                <IconPencil size={16} />
                              </ActionIcon>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Remove ${d.title}`}
                                onClick={() => void remove.run({ reviewId: r.id, id: d.id })}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <ReviewPackPreview model={model} />
        </Tabs.Panel>
      </Tabs>
      {editing && <ReviewFormModal review={r} people={people.data ?? []} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {decision && (
        <DecisionModal reviewId={r.id} decision={decision === 'new' ? null : decision} people={people.data ?? []} onClose={() => setDecision(null)} />
      )}
    </Stack>
  );
}
