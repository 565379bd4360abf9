import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { localToday } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { RowActions } from '../../ui/RowActions';
import { SupplierReviewCell } from './SupplierReviewCell';

interface SuppliersTableProps {
  suppliers: Supplier[];
  onEdit: (supplier: Supplier) => void;
  onDelete: (supplier: Supplier) => void;
}

/** Suppliers by name with who reviews them and when; the name opens the supplier's page with its contracts. */
export function SuppliersTable({ suppliers, onEdit, onDelete }: SuppliersTableProps) {
  const today = localToday();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" highlightOnHover layout="fixed" aria-label="Suppliers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Name</Table.Th>
            <Table.Th>Contact</Table.Th>
            <Table.Th w="18%">Manager</Table.Th>
            <Table.Th w={210}>Next review</Table.Th>
            <Table.Th w={120}>Contracts</Table.Th>
            <Table.Th w={80}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.map((supplier) => (
            <Table.Tr key={supplier.id}>
              <Table.Td maw={0}>
                <Anchor component={Link} href={`/suppliers/${supplier.id}`} size="sm" fw={500} display="block" style={{ minWidth: 0 }}>
                  <TruncatedText size="sm" inherit>
                    {supplier.name}
                  </TruncatedText>
                </Anchor>
              </Table.Td>
              <Table.Td maw={0}>
                {supplier.contact ? (
                  <TruncatedText size="sm">{supplier.contact}</TruncatedText>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={0}>
                {supplier.managerName ? (
                  <TruncatedText size="sm">{supplier.managerName}</TruncatedText>
                ) : (
                  <Text size="sm" c="dimmed">
                    No manager
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={0}>
                <SupplierReviewCell date={supplier.nextReviewDate} today={today} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={supplier.contractCount > 0 ? 'indigo' : 'gray'} size="sm">
                  {supplier.contractCount === 1 ? '1 contract' : `${supplier.contractCount} contracts`}
                </Badge>
              </Table.Td>
              <Table.Td>
                <RowActions name={supplier.name} onEdit={() => onEdit(supplier)} onDelete={() => onDelete(supplier)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
