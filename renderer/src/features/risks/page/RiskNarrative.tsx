import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Spoiler, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import { TREATMENT_LABEL, TREATMENT_MEANING } from '../common/risk-labels';
import { RISK_LABELS } from '../../../../../shared/entity/risk-entity';

function Part({ label, text, empty }: { label: string; text: string; empty: string }) {
  return (
    <Box style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4} mb={2}>
        {label}
      </Text>
      <Text size="sm" c={text.trim() ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text.trim() || empty}
      </Text>
    </Box>
  );
}

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The risk in words: cause → event → consequence, the controls today, and the chosen treatment. */
export function RiskNarrative({ risk }: { risk: RiskDetail }) {
  const described = [risk.cause, risk.event, risk.consequence].some((text) => text.trim());
  return (
    <>
      <Card title="Description" id="risk-description-title">
        {described ? (
          // Long descriptions fold, so the scores and their history stay near the top.
          <Spoiler maxHeight={220} showLabel="Show the whole description" hideLabel="Show less">
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" style={{ alignItems: 'start' }}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Part label={RISK_LABELS.cause} text={risk.cause} empty="Not described" />
                <IconArrowRight size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 18, marginLeft: 'auto' }} aria-hidden />
              </Group>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Part label={RISK_LABELS.event} text={risk.event} empty="Not described" />
                <IconArrowRight size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 18, marginLeft: 'auto' }} aria-hidden />
              </Group>
              <Part label={RISK_LABELS.consequence} text={risk.consequence} empty="Not described" />
            </SimpleGrid>
          </Spoiler>
        ) : (
          <Text size="sm" c="dimmed">
            No description yet.{' '}
            <Anchor component={Link} href={`/risks/${risk.id}/edit`}>
              Describe
            </Anchor>{' '}
            its cause, the event, and the consequence for the services.
          </Text>
        )}
      </Card>
      <Card title="Controls and treatment" id="risk-treatment-title">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          <Part label={RISK_LABELS.controls} text={risk.controls} empty="None recorded" />
          <Box style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4} mb={4}>
              Treatment
            </Text>
            {risk.treatment ? (
              <Group gap="xs" mb={6} wrap="nowrap" align="flex-start">
                <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {TREATMENT_LABEL[risk.treatment]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {TREATMENT_MEANING[risk.treatment]}
                </Text>
              </Group>
            ) : (
              <Text size="sm" c="dimmed" mb={6}>
                Not decided yet
              </Text>
            )}
            {risk.treatmentRationale.trim() && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {risk.treatmentRationale}
              </Text>
            )}
          </Box>
        </SimpleGrid>
      </Card>
    </>
  );
}
