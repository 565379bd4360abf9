import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES } from '../audit/audit-fields';
import { autoMapColumns } from '../import/column-mapping';
import { SERVICE_IMPORT_FIELDS } from '../import/service-import-fields';
import { exportColumns, fieldLabels, formValues, importFields, missingInitial } from './field-descriptor';
import { serviceEntity } from './service-entity';
import { supplierEntity } from './supplier-entity';

describe('the service and supplier descriptors', () => {
  it('give criticality one label everywhere, and files that say "Criticality" still import', () => {
    const tier = fieldLabels(serviceEntity).criticality;
    expect(tier).toBe('Tier');
    expect(exportColumns(serviceEntity).find((column) => column.key === 'criticality')?.header).toBe(tier);
    expect(SERVICE_IMPORT_FIELDS.find((field) => field.key === 'criticality')?.label).toBe(tier);
    expect(AUDIT_ENTITIES.service!.labels.criticality).toBe(tier);
    expect(autoMapColumns(SERVICE_IMPORT_FIELDS, ['Name', 'Criticality']).criticality).toBe('Criticality');
    expect(autoMapColumns(SERVICE_IMPORT_FIELDS, ['Name', 'Tier']).criticality).toBe('Tier');
  });

  it('import every exported field of the service, in export order, with the owner by name and the dependencies last', () => {
    const keys = SERVICE_IMPORT_FIELDS.map((field) => field.key);
    expect(keys).toEqual([...importFields(serviceEntity).map((field) => (field.key === 'ownerId' ? 'owner' : field.key)), 'dependsOn']);
    expect(SERVICE_IMPORT_FIELDS.filter((field) => field.required).map((field) => field.key)).toEqual(['name']);
  });

  it('label the audit trail with the descriptors’ labels', () => {
    for (const [key, label] of Object.entries(fieldLabels(serviceEntity))) expect(AUDIT_ENTITIES.service!.labels[key]).toBe(label);
    for (const [key, label] of Object.entries(fieldLabels(supplierEntity))) expect(AUDIT_ENTITIES.supplier!.labels[key]).toBe(label);
  });

  it('give every field the initial value a new service’s form starts with', () => {
    expect(missingInitial(serviceEntity)).toEqual([]);
    const fresh = formValues(serviceEntity, null);
    expect(Object.keys(fresh)).toEqual(Object.keys(serviceEntity.fields));
    expect(fresh).toMatchObject({ code: '', kind: 'customer-facing', lifecycle: 'pipeline', ownerId: null, criticality: 3, tags: [] });
  });
});
