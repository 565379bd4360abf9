import { SimpleGrid, Text } from '@mantine/core';
import { IconCalendarCheck, IconFileCertificate, IconListCheck, IconShieldExclamation, IconStack2, IconUsers } from '@tabler/icons-react';
import type { DashboardSummary } from '../../../../shared/api/overview-api';
import { FigureCard } from './FigureCard';

/** The six figures a service manager checks first. */
export function FigureCards({ summary }: { summary: DashboardSummary }) {
  const { counts, reviews } = summary;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md">
      <FigureCard label="Services" value={counts.services} detail={`${counts.liveServices} live`} icon={IconStack2} color="indigo" to="/services" />
      <FigureCard label="SLAs" value={counts.slas} detail={`${counts.agreedSlas} agreed`} icon={IconFileCertificate} color="cyan" to="/slas" />
      <FigureCard label="Open risks" value={counts.openRisks} detail="not closed" icon={IconShieldExclamation} color="orange" to="/risks" />
      <FigureCard
        label="Open actions"
        value={counts.openActions}
        detail={
          counts.overdueActions > 0 ? (
            <Text span size="sm" c="red" fw={600}>
              {counts.overdueActions} overdue
            </Text>
          ) : (
            'none overdue'
          )
        }
        icon={IconListCheck}
        color="grape"
        to={counts.overdueActions > 0 ? '/actions?overdue=1' : '/actions'}
      />
      <FigureCard
        label="Reviews due"
        value={reviews.overdue + reviews.dueSoon}
        detail={
          reviews.overdue > 0 ? (
            <Text span size="sm" c="red" fw={600}>
              {reviews.overdue} overdue
            </Text>
          ) : (
            'none overdue'
          )
        }
        icon={IconCalendarCheck}
        color="teal"
        to="/reviews"
      />
      <FigureCard label="People" value={counts.people} detail="active" icon={IconUsers} color="gray" to="/settings/people" />
    </SimpleGrid>
  );
}
