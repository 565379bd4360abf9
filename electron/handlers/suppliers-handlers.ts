import {
  createContract,
  createSupplier,
  deleteContract,
  deleteSupplier,
  listContracts,
  listSuppliers,
  updateContract,
  updateSupplier,
} from '../repositories/suppliers-repository';
import type { HandlerTable } from './handler-types';

type SupplierMethods =
  | 'suppliers.list'
  | 'suppliers.create'
  | 'suppliers.update'
  | 'suppliers.delete'
  | 'contracts.list'
  | 'contracts.create'
  | 'contracts.update'
  | 'contracts.delete';

export const suppliersHandlers: Pick<HandlerTable, SupplierMethods> = {
  'suppliers.list': (_input, { db }) => listSuppliers(db),
  'suppliers.create': (input, context) => createSupplier(context.db, context.actor(), input, context.today(), context.now()),
  'suppliers.update': (input, context) => updateSupplier(context.db, context.actor(), input, context.now()),
  'suppliers.delete': ({ id }, context) => deleteSupplier(context.db, context.actor(), id, context.now()),
  'contracts.list': (input, context) => listContracts(context.db, input, context.today()),
  'contracts.create': (input, context) => createContract(context.db, context.actor(), input, context.today(), context.now()),
  'contracts.update': (input, context) => updateContract(context.db, context.actor(), input, context.today(), context.now()),
  'contracts.delete': ({ id }, context) => deleteContract(context.db, context.actor(), id, context.today(), context.now()),
};
