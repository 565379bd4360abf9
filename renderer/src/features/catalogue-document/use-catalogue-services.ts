import { useEffect, useState } from 'react';
import type { ServiceDetail } from '../../../../shared/api/services-api';
import { useApi, useDataRevision } from '../../api/api-context';
import { contract } from '../../../../shared/api/contract';

export type CatalogueLoad =
  { status: 'loading'; loaded: number; total: number | null } | { status: 'ready'; services: ServiceDetail[] } | { status: 'error'; error: unknown };

/** Requests in flight at once: quick on a big catalogue without flooding the host. */
const PARALLEL = 6;

/**
 * Every live service with its description: the list, then each service's details (the list has
 * no descriptions). Reloads after a write to what the catalogue shows.
 */
export function useCatalogueServices(): { load: CatalogueLoad; retry: () => void } {
  const api = useApi();
  const { revision } = useDataRevision(contract['services.get'].domains);
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<CatalogueLoad>({ status: 'loading', loaded: 0, total: null });

  useEffect(() => {
    let current = true;
    const run = async () => {
      const list = await api.call('services.list', { lifecycle: ['live'], limit: 10_000, sort: { column: 'name', direction: 'asc' } });
      if (!current) return;
      const details: ServiceDetail[] = new Array(list.rows.length);
      let next = 0;
      let loaded = 0;
      setLoad({ status: 'loading', loaded, total: list.rows.length });
      const worker = async () => {
        while (current && next < list.rows.length) {
          const index = next++;
          details[index] = await api.call('services.get', { id: list.rows[index]!.id });
          loaded += 1;
          if (current) setLoad({ status: 'loading', loaded, total: list.rows.length });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, list.rows.length) }, worker));
      // A service retired between the two calls is left out: the document lists live services only.
      if (current) setLoad({ status: 'ready', services: details.filter((service) => service.lifecycle === 'live') });
    };
    run().catch((error: unknown) => {
      if (current) setLoad({ status: 'error', error });
    });
    return () => {
      current = false;
    };
  }, [api, revision, attempt]);

  return { load, retry: () => setAttempt((value) => value + 1) };
}
