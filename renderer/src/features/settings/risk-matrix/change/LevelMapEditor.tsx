import { Select, SimpleGrid, Table, Text } from '@mantine/core';
import type { RiskMatrix } from '../../../../../../shared/domain/risk-matrix';

/** Where each current level goes: one entry per current level, a new level or null (not mapped). */
export interface FullLevelMap {
  likelihood: Array<number | null>;
  impact: Array<number | null>;
}

interface LevelMapEditorProps {
  from: RiskMatrix;
  to: RiskMatrix;
  levelMap: FullLevelMap;
  onChange: (levelMap: FullLevelMap) => void;
  disabled: boolean;
}

const NOT_MAPPED = 'none';
const levelText = (levels: RiskMatrix['likelihood'], index: number) => `${index + 1} ${levels[index]?.label ?? ''}`.trim();

/**
 * How current levels become new ones. The default spreads them proportionally; a person who
 * knows better ("our old 'Possible' is the new 'Likely'") picks another level here.
 */
export function LevelMapEditor({ from, to, levelMap, onChange, disabled }: LevelMapEditorProps) {
  const scale = (which: 'likelihood' | 'impact', title: string) => {
    const options = [
      ...to[which].map((_, index) => ({ value: String(index + 1), label: levelText(to[which], index) })),
      { value: NOT_MAPPED, label: 'Not mapped' },
    ];
    return (
      <Table aria-label={`${title} level map`} withTableBorder verticalSpacing={4} fz="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Current {which}</Table.Th>
            <Table.Th>New level</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {from[which]
            .map((_, index) => index)
            .reverse()
            .map((index) => {
              const value = levelMap[which][index];
              return (
                <Table.Tr key={index}>
                  <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={levelText(from[which], index)}>
                    {levelText(from[which], index)}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`New ${which} level for ${levelText(from[which], index)}`}
                      size="xs"
                      data={options}
                      value={value === null || value === undefined ? NOT_MAPPED : String(value)}
                      allowDeselect={false}
                      disabled={disabled}
                      error={value === null}
                      onChange={(next) => {
                        if (!next) return;
                        const list = [...levelMap[which]];
                        list[index] = next === NOT_MAPPED ? null : Number(next);
                        onChange({ ...levelMap, [which]: list });
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
    );
  };
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        Levels are spread proportionally, so the lowest stays lowest and the highest stays highest. Choose another level where that is not what the scale means.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {scale('likelihood', 'Likelihood')}
        {scale('impact', 'Impact')}
      </SimpleGrid>
    </>
  );
}
