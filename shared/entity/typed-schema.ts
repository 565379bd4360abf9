import { z } from 'zod';
import type { EntityDescriptor, EntityFields, FieldDescriptor } from './field-descriptor';

// `field()` keeps a field's value type but not its zod schema's own type, so `entitySchema()`
// types every input as `unknown` and required: fine for an entity created whole, not for an API
// whose callers leave optional fields out (a service without a category) and rely on the
// compiler to check what they pass. `typedField` is `field` that also keeps the schema's type,
// and `entityObject` builds the zod object from those schemas with their input types intact.
// (Folding this into `field`'s return type is a compatible change once the parallel moves land.)

/** `field()` that keeps the schema's own zod type (for `entityObject`). */
export function typedField<S extends z.ZodType>(
  descriptor: Omit<FieldDescriptor<z.output<S>>, 'schema'> & { schema: S },
): FieldDescriptor<z.output<S>> & { schema: S } {
  return descriptor as FieldDescriptor<z.output<S>> & { schema: S };
}

type SchemaOf<F> = F extends { schema: infer S extends z.ZodType } ? S : never;

/** The zod object of an entity's declared rules, typed field by field (input and output). */
export function entityObject<Fields extends EntityFields>(entity: EntityDescriptor<Fields>) {
  const shape = Object.fromEntries(Object.entries(entity.fields).map(([key, descriptor]) => [key, descriptor.schema]));
  return z.object(shape as { [K in keyof Fields]: SchemaOf<Fields[K]> });
}
