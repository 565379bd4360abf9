import { Group, Paper, Progress, Text } from '@mantine/core';
import type { ImportProgress } from '../../../../shared/api/catalogue-io-api';
import { plural } from '../../lib/format';

const count = (n: number) => new Intl.NumberFormat().format(n);

/** What the import is doing now, in words and as a share of the rows. */
export function importProgressText(progress: ImportProgress, noun: string): { title: string; percent: number | null } {
  const { phase, done, total } = progress;
  if (phase === 'reading') return { title: 'Reading the file…', percent: null };
  if (phase === 'checking') return { title: `Checking ${plural(total ?? 0, noun)}…`, percent: null };
  if (phase === 'writing' && total)
    return {
      title: `Writing ${count(done)} of ${plural(total, noun)} (one transaction: all or nothing)`,
      percent: Math.min(100, Math.round((done / total) * 100)),
    };
  if (phase === 'writing') return { title: `Writing the ${noun}s…`, percent: null };
  if (phase === 'done') return { title: `Written ${plural(total ?? done, noun)}; finishing…`, percent: 100 };
  return { title: 'The import stopped; nothing was written.', percent: null };
}

/** Shown while an import runs: the phase, rows written of all, and a bar (striped while the count is not known yet). */
export function ImportProgressPanel({ progress, noun }: { progress: ImportProgress; noun: string }) {
  const { title, percent } = importProgressText(progress, noun);
  return (
    <Paper withBorder radius="md" p="md" role="status" aria-label="Import progress">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        {percent !== null && (
          <Text size="sm" c="dimmed">
            {percent} %
          </Text>
        )}
      </Group>
      <Progress
        value={percent ?? 100}
        striped={percent === null}
        animated={percent === null}
        aria-label={percent === null ? title : `${noun}s written`}
        aria-valuetext={title}
      />
    </Paper>
  );
}
