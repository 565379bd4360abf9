import { Alert, Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { RatingValue, RiskImportPreview } from '../../../../../shared/import/risk-import-fields';
import { plural } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { unmappedCount, type RatingScale } from './rating-map';

const HOW: Record<NonNullable<RatingValue['via']>, string> = {
  number: 'Read as a level number',
  label: 'The matrix’s own label',
  word: 'A common rating word',
  user: 'Your choice',
};

const SCALE_TITLE: Record<RatingScale, string> = { likelihood: 'Likelihood ratings', impact: 'Impact ratings' };

interface RatingStepProps {
  preview: RiskImportPreview;
  onChoose: (scale: RatingScale, text: string, level: number) => void;
}

function ScaleTable({ scale, preview, onChoose }: RatingStepProps & { scale: RatingScale }) {
  const values = preview.ratings[scale];
  const levels = preview.scales[scale].map((label, index) => ({ value: String(index + 1), label: `${index + 1} · ${label}` }));
  const titleId = `rating-${scale}-title`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={titleId}>
          {SCALE_TITLE[scale]}
        </Title>
        <Text size="xs" c="dimmed">
          The matrix’s {scale} scale has {levels.length} levels
        </Text>
      </Group>
      {values.length === 0 ? (
        <Text size="sm" c="dimmed">
          No {scale} column is mapped, or its cells are empty: these risks are imported without a {scale}.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} layout="fixed" aria-label={SCALE_TITLE[scale]}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Text in the file</Table.Th>
                <Table.Th w={80}>Cells</Table.Th>
                <Table.Th w="45%">Level on the matrix</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.map((value) => {
                const missing = value.level === null;
                return (
                  <Table.Tr key={value.text} data-unmapped={missing || undefined}>
                    <Table.Td maw={0}>
                      <TruncatedText size="sm" fw={500}>
                        {value.text}
                      </TruncatedText>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{value.count.toLocaleString('en')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${scale === 'likelihood' ? 'Likelihood' : 'Impact'} level for “${value.text}”`}
                        data={levels}
                        value={value.level === null ? null : String(value.level)}
                        onChange={(level) => level && onChoose(scale, value.text, Number(level))}
                        placeholder="Choose a level"
                        allowDeselect={false}
                        error={missing ? 'Cannot be placed: choose a level' : undefined}
                        description={missing || !value.via ? undefined : HOW[value.via]}
                        comboboxProps={{ withinPortal: true }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/**
 * The rating step: spreadsheets rate risks in words ("High", "3 - Possible", "Almost certain").
 * Every distinct text is shown with the level the host proposes on this workspace's matrix; the
 * user confirms or changes it, and texts the host cannot place block the import until chosen.
 */
export function RatingStep({ preview, onChoose }: RatingStepProps) {
  const unmapped = unmappedCount(preview);
  const none = preview.ratings.likelihood.length + preview.ratings.impact.length === 0;
  return (
    <Stack gap="md">
      {unmapped > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          title={`${plural(unmapped, 'rating')} cannot be placed on the matrix`}
          role="alert"
        >
          Choose a level for {unmapped === 1 ? 'it' : 'each'} below. Rows that use {unmapped === 1 ? 'it' : 'them'} cannot be imported until then.
        </Alert>
      ) : none ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} title="No ratings to map">
          No likelihood or impact column is mapped, so the risks are imported without scores. Go back to map those columns if the file has them.
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title="Every rating has a level">
          Check the proposed levels; change any that your organisation means differently.
        </Alert>
      )}
      <Group gap={6}>
        <Text size="sm" c="dimmed">
          The same text always gets the same level, in every row and in the inherent, residual and target columns alike.
        </Text>
        {unmapped > 0 && (
          <Badge color="red" variant="light">
            {unmapped} to choose
          </Badge>
        )}
      </Group>
      <ScaleTable scale="likelihood" preview={preview} onChoose={onChoose} />
      <ScaleTable scale="impact" preview={preview} onChoose={onChoose} />
    </Stack>
  );
}
