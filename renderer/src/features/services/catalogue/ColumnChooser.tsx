import { ColumnChooser as SharedColumnChooser } from '../../../ui/ColumnChooser';
import { CATALOGUE_COLUMNS, DEFAULT_COLUMNS, normaliseColumns, type ColumnId } from './catalogue-columns';

/** Which columns the table shows; remembered on this computer and kept in saved views. */
export function ColumnChooser({ columns, onChange }: { columns: ColumnId[]; onChange: (columns: ColumnId[]) => void }) {
  return (
    <SharedColumnChooser
      options={CATALOGUE_COLUMNS}
      columns={columns}
      onChange={(next) => onChange(normaliseColumns(next))}
      onReset={() => onChange([...DEFAULT_COLUMNS])}
    />
  );
}
