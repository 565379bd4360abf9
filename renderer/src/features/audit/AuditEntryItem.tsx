import { Anchor, Badge, Box, Code, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ReadableAuditEntry } from '../../../../shared/api/audit-api';
import { formatDateTime } from '../../lib/format';
import { ACTION_VERB, changeText, recordPath, recordShortName } from './audit-text';
import classes from './AuditEntryItem.module.css';

const ACTION_COLOR: Record<ReadableAuditEntry['action'], string> = { create: 'teal', update: 'blue', delete: 'red' };
/** Lines shown before "and N more": a created record lists every field it was created with. */
const SHOWN = 4;

function RawBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          (nothing)
        </Text>
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 280, overflow: 'auto' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

function RecordName({ entry, text }: { entry: ReadableAuditEntry; text: string }) {
  const path = recordPath(entry);
  return path ? (
    <Anchor component={Link} href={path} fw={600} inherit>
      {text}
    </Anchor>
  ) : (
    <Text span fw={600} inherit>
      {text}
    </Text>
  );
}

/**
 * One change as an auditor reads it: "RSK-042 owner: Daniel Kowalski → Samira Haddad", then who and
 * when. `withRecord` is off on a record's own page, where naming the record on every line is noise.
 */
export function AuditEntryItem({ entry, withRecord = true }: { entry: ReadableAuditEntry; withRecord?: boolean }) {
  const [more, setMore] = useState(false);
  const [raw, setRaw] = useState(false);
  const short = recordShortName(entry);
  // An entry with a summary (a review's, on its subject's History) reads as that one sentence; its
  // fields open on demand, like a created record's.
  const listed = entry.action === 'update' && !entry.summary;
  const lines = listed ? entry.changes : more ? entry.changes : [];
  const shown = listed && !more ? lines.slice(0, SHOWN) : lines;
  const hidden = listed ? lines.length - shown.length : more ? 0 : entry.changes.length;
  const rawId = `audit-raw-${entry.id}`;

  return (
    <Box
      component="li"
      className={classes.item}
      aria-label={`${ACTION_VERB[entry.action]} ${short} by ${entry.actorName}, ${formatDateTime(entry.at, { seconds: true })}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          {entry.summary && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="audit-summary">
              {withRecord ? (
                <>
                  <RecordName entry={entry} text={short} />{' '}
                </>
              ) : null}
              {entry.summary}
            </Text>
          )}
          {!entry.summary && entry.action !== 'update' && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {ACTION_VERB[entry.action]} {withRecord ? <RecordName entry={entry} text={short} /> : 'this record'}
              {withRecord && entry.recordCode && entry.recordName ? ` ${entry.recordName}` : ''}
            </Text>
          )}
          {!entry.summary && entry.action === 'update' && entry.changes.length === 0 && (
            <Text size="sm" c="dimmed">
              {withRecord ? <RecordName entry={entry} text={short} /> : null} saved without changes
            </Text>
          )}
          {shown.map((change) => (
            <Text key={change.field} size="sm" className={classes.line} data-testid="audit-line">
              {withRecord && listed && (
                <>
                  <RecordName entry={entry} text={short} />{' '}
                </>
              )}
              {changeText(change, entry.summary ? 'create' : entry.action, !withRecord || !listed)}
            </Text>
          ))}
          <Group gap={6} wrap="wrap">
            {withRecord && (
              <Text size="xs" c="dimmed" className={classes.meta}>
                {entry.entityLabel}
                {entry.action === 'update' && entry.recordCode && entry.recordName ? ` · ${entry.recordName}` : ''}
                {!entry.recordExists && entry.action !== 'create' ? ' · deleted' : ''}
              </Text>
            )}
            {entry.note && (
              <Badge size="xs" variant="light" color="gray" tt="none" maw={360} title={entry.note}>
                {entry.note}
              </Badge>
            )}
            {hidden > 0 && (
              <UnstyledButton className={classes.toggle} onClick={() => setMore(true)}>
                {listed ? `and ${hidden} more` : `Show the ${hidden} field${hidden === 1 ? '' : 's'} recorded`}
              </UnstyledButton>
            )}
            <UnstyledButton className={classes.toggle} onClick={() => setRaw((value) => !value)} aria-expanded={raw} aria-controls={rawId}>
              <IconChevronRight size={12} style={{ transform: raw ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease', verticalAlign: -1 }} />
              {' Recorded data'}
            </UnstyledButton>
          </Group>
        </Stack>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0, maxWidth: '40%' }}>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color={ACTION_COLOR[entry.action]} size="sm">
              {ACTION_VERB[entry.action]}
            </Badge>
            <Text size="sm" fw={500} c={entry.actorId === null ? 'dimmed' : undefined} truncate="end" title={entry.actorName}>
              {entry.actorName}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
            {formatDateTime(entry.at, { seconds: true })}
          </Text>
        </Stack>
      </Group>
      {raw && (
        <SimpleGrid id={rawId} cols={{ base: 1, md: 2 }} spacing="md" mt="xs">
          <RawBlock label="Before" value={entry.before} />
          <RawBlock label="After" value={entry.after} />
        </SimpleGrid>
      )}
    </Box>
  );
}
