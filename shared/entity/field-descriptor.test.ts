import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  auditSnapshot,
  defineEntity,
  entitySchema,
  exportColumns,
  field,
  fieldLabels,
  formValues,
  missingInitial,
  fromColumns,
  listColumns,
  missingFromLayers,
  selectColumns,
  toColumns,
} from './field-descriptor';

const note = defineEntity({
  entity: 'note',
  table: 'notes',
  fields: {
    title: field({ column: 'title', label: 'Title', schema: z.string().min(1) }),
    done: field({
      column: 'is_done',
      label: 'Done',
      schema: z.boolean(),
      toColumn: (v) => (v ? 1 : 0),
      fromColumn: (v) => v === 1,
      format: (v) => (v ? 'yes' : 'no'),
    }),
    secret: field({ column: 'secret', label: 'Secret', schema: z.string(), audited: false, notExported: true, list: false }),
  },
});

describe('entity descriptors', () => {
  it('derive columns both ways, the select list and labels from one declaration', () => {
    expect(toColumns(note, { title: 'A', done: true })).toEqual({ title: 'A', is_done: 1 });
    expect(fromColumns(note, { title: 'A', is_done: 0, secret: 's' })).toEqual({ title: 'A', done: false, secret: 's' });
    expect(selectColumns(note, 'n')).toBe('n.title, n.is_done, n.secret');
    expect(fieldLabels(note)).toEqual({ title: 'Title', done: 'Done', secret: 'Secret' });
  });

  it('leave unaudited fields out of the audit snapshot and unexported ones out of exports', () => {
    expect(auditSnapshot(note, { title: 'A', done: false, secret: 's' })).toEqual({ title: 'A', done: false });
    const columns = exportColumns(note);
    expect(columns.map((c) => c.header)).toEqual(['Title', 'Done']);
    expect(columns[1]!.cell({ title: 'A', done: true, secret: '' })).toBe('yes');
  });

  it('validate with the declared rules', () => {
    const schema = entitySchema(note);
    expect(schema.safeParse({ title: '', done: true, secret: '' }).success).toBe(false);
    expect(schema.safeParse({ title: 'x', done: true, secret: '' }).success).toBe(true);
  });

  it('derive list columns and name the fields a layer left out', () => {
    expect(listColumns(note)).toEqual([
      { key: 'title', header: 'Title', format: 'text' },
      { key: 'done', header: 'Done', format: 'text' },
    ]);
    expect(missingFromLayers(note, { tableKeys: ['title', 'done'], exportHeaders: ['Title', 'Done'], auditKeys: ['title', 'done'] })).toEqual({
      table: [],
      export: [],
      audit: [],
    });
    expect(missingFromLayers(note, { tableKeys: ['title'], exportHeaders: ['Title'], auditKeys: ['done'] })).toEqual({
      table: ['done'],
      export: ['done'],
      audit: ['title'],
    });
  });

  it('derive a form’s values: initial ones for a new record, the record’s own with empty ones shown as initial', () => {
    const task = defineEntity({
      entity: 'task',
      table: 'tasks',
      fields: {
        title: field({ column: 'title', label: 'Title', schema: z.string(), initial: '' }),
        note: field({ column: 'note', label: 'Note', schema: z.string().nullable(), initial: '' }),
        ownerId: field({ column: 'owner_id', label: 'Owner', schema: z.number().nullable(), initial: null }),
        size: field({ column: 'size', label: 'Size', schema: z.number() }),
      },
    });
    expect(formValues(task, null)).toEqual({ title: '', note: '', ownerId: null, size: undefined });
    expect(formValues(task, { title: 'A', note: null, ownerId: 4, size: 2 })).toEqual({ title: 'A', note: '', ownerId: 4, size: 2 });
    expect(missingInitial(task)).toEqual(['size']);
  });
});
