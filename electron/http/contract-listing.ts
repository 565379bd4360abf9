import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';

export interface ContractListing {
  name: string;
  version: string;
  methods: Array<{ name: string; effect: string; summary: string; input: unknown }>;
}

/** The API as data: every method with its input as JSON Schema, for `GET /api` and scripts. */
export function describeContract(version: string): ContractListing {
  return {
    name: 'ServiceLedger API',
    version,
    methods: methodNames.map((name) => {
      const definition = contract[name];
      return {
        name,
        effect: definition.effect,
        summary: definition.summary,
        input: z.toJSONSchema(definition.input, { io: 'input', unrepresentable: 'any' }),
      };
    }),
  };
}
