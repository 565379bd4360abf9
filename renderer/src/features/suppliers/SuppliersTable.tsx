import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { supplierFieldLabels, type SupplierFieldKey } from '../../../../shared/entity/supplier-entity';
import { localToday } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { RowActions } from '../../ui/RowActions';
import { SupplierReviewCell } from './SupplierReviewCell';

const dash = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

interface SupplierColumn {
  /** The supplier descriptor's field the column shows (its header is the field's label); none for the contract count. */
  field?: SupplierFieldKey;
  header: string;
  width?: string | number;
  render: (supplier: Supplier, today: string) => ReactNode;
}

/** The list's columns, in order; the header of a field's column is the field's label, as in the form and history. */
export const SUPPLIER_COLUMNS: readonly SupplierColumn[] = [
  {
    field: 'name',
    header: supplierFieldLabels.name,
    width: '28%',
    render: (supplier) => (
      <Anchor component={Link} href={`/suppliers/${supplier.id}`} size="sm" fw={500} display="block" style={{ minWidth: 0 }}>
        <TruncatedText size="sm" inherit>
          {supplier.name}
        </TruncatedText>
      </Anchor>
    ),
  },
  {
    field: 'contact',
    header: supplierFieldLabels.contact,
    render: (supplier) => (supplier.contact ? <TruncatedText size="sm">{supplier.contact}</TruncatedText> : dash('—')),
  },
  {
    field: 'managerId',
    header: supplierFieldLabels.managerId,
    width: '18%',
    render: (supplier) => (supplier.managerName ? <TruncatedText size="sm">{supplier.managerName}</TruncatedText> : dash('No manager')),
  },
  {
    field: 'nextReviewDate',
    header: supplierFieldLabels.nextReviewDate,
    width: 210,
    render: (supplier, today) => <SupplierReviewCell date={supplier.nextReviewDate} today={today} />,
  },
];

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
            {SUPPLIER_COLUMNS.map((column) => (
              <Table.Th key={column.header} w={column.width}>
                {column.header}
              </Table.Th>
            ))}
            <Table.Th w={120}>Contracts</Table.Th>
            <Table.Th w={80}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.map((supplier) => (
            <Table.Tr key={supplier.id}>
              {SUPPLIER_COLUMNS.map((column) => (
                <Table.Td key={column.header} maw={0}>
                  {column.render(supplier, today)}
                </Table.Td>
              ))}
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
