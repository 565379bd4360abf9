import { describe, expect, it } from 'vitest';
import { autoMapColumns, mappingProblems, splitList } from './column-mapping';
import { parseServiceRow } from './parse-service-row';
import { SERVICE_IMPORT_FIELDS } from './service-import-fields';

describe('column mapping', () => {
  it('maps headers by key, label or synonym, ignoring case and punctuation', () => {
    const mapping = autoMapColumns(SERVICE_IMPORT_FIELDS, ['Service Name', 'Service Owner', 'TIER', 'Depends-On', 'Notes', 'Status']);
    expect(mapping).toMatchObject({
      name: 'Service Name',
      owner: 'Service Owner',
      criticality: 'TIER',
      dependsOn: 'Depends-On',
      lifecycle: 'Status',
      code: null,
    });
  });

  it('reports a required field left out and a column used twice', () => {
    expect(mappingProblems(SERVICE_IMPORT_FIELDS, ['A', 'B'], { name: null, owner: 'A', supportContact: 'A' })).toEqual([
      'Choose the column for Name: it is required.',
      'The column "A" is mapped to both Owner and Support contact.',
    ]);
  });

  it('splits lists by ; when present, else by ,', () => {
    expect(splitList('Finance; HR ;')).toEqual(['Finance', 'HR']);
    expect(splitList('a, b,c')).toEqual(['a', 'b', 'c']);
    expect(splitList('Research, Development; Sales')).toEqual(['Research, Development', 'Sales']);
  });
});

describe('parseServiceRow', () => {
  it('reads words people use and fills the editor defaults', () => {
    const { values, problems } = parseServiceRow({
      name: 'Email',
      kind: 'Internal',
      lifecycle: 'Operational',
      criticality: 'Tier 2',
      serviceHours: 'Mon-Fri 08:00-18:00',
      lastReviewDate: '31/03/2026',
      dependsOn: 'SVC-002; SVC-003',
      tags: '',
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      name: 'Email',
      kind: 'supporting',
      lifecycle: 'live',
      criticality: 2,
      lastReviewDate: '2026-03-31',
      dependsOnCodes: ['SVC-002', 'SVC-003'],
      tags: [],
      code: null,
    });
    expect(parseServiceRow({ name: 'X' }).values).toMatchObject({
      kind: 'customer-facing',
      lifecycle: 'pipeline',
      criticality: 3,
      serviceHours: { mode: '24x7' },
    });
  });

  it('names every cell it cannot read', () => {
    const { problems } = parseServiceRow({
      name: ' ',
      kind: 'robotic',
      lifecycle: 'sunset',
      criticality: '7',
      serviceHours: 'office hours',
      nextReviewDate: '2026-13-01',
    });
    expect(problems.map((p) => p.field)).toEqual(['name', 'kind', 'lifecycle', 'criticality', 'serviceHours', 'nextReviewDate']);
    expect(problems[3]).toEqual({ field: 'criticality', message: '"7" is not a tier from 1 to 4' });
  });

  it('undoes formula neutralising from an export', () => {
    expect(parseServiceRow({ name: "'=SUM(A1)" }).values.name).toBe('=SUM(A1)');
    expect(parseServiceRow({ name: "'Quoted" }).values.name).toBe("'Quoted");
  });
});
