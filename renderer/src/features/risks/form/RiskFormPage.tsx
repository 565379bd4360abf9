import { useParams, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { RecordFormPage } from '../../../ui/record-form/RecordFormPage';
import { useOpenWorkspace } from '../../../app/workspace-context';
import { RiskForm } from './RiskForm';
import { newRiskValues, riskValues } from './risk-form-values';

// Every service can be linked, as on the service form (the catalogue is capped at 10,000).
const SERVICES_LIMIT = 10_000;

/** `#/risks/new` and `#/risks/:id/edit`: the form, once everything it offers has loaded. */
export function RiskFormPage() {
  const params = useParams<{ id?: string }>();
  // `#/risks/new?service=3`: a risk raised from a service's page starts linked to it.
  const linkedService = Number(new URLSearchParams(useSearch()).get('service'));
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const workspace = useOpenWorkspace();
  const risk = useApiQuery('risks.get', editing ? { id } : null);
  const suggested = useApiQuery('risks.suggestCode', editing ? null : {});
  const matrix = useApiQuery('riskMatrix.get', {});
  const facets = useApiQuery('risks.facets', {});
  const people = useApiQuery('people.list', { includeInactive: true });
  const services = useApiQuery('services.list', { limit: SERVICES_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const suppliers = useApiQuery('suppliers.list', {});

  const current = editing && risk.data?.id === id ? risk.data : null;

  return (
    <RecordFormPage
      list={{ label: 'Risks', href: '/risks' }}
      record={current && { code: current.code, name: current.title, href: `/risks/${current.id}` }}
      step={editing ? 'Edit' : 'New'}
      title={current ? `Edit ${current.code}` : editing ? 'Edit risk' : 'New risk'}
      queries={[editing ? risk : suggested, matrix, facets, people, services, suppliers]}
      ready={!editing || current !== null}
      failureTitle={editing ? 'The risk could not be loaded' : 'The form could not be prepared'}
      skeleton={[160, 200, 280]}
    >
      {() => (
        <RiskForm
          key={current ? `edit-${current.id}` : 'new'}
          risk={current}
          matrix={matrix.data!.matrix}
          initial={
            current
              ? riskValues(current)
              : newRiskValues(
                  suggested.data?.code ?? '',
                  workspace.currentPerson?.id ?? null,
                  services.data!.rows.some((service) => service.id === linkedService) ? [linkedService] : [],
                )
          }
          options={{
            categories: facets.data!.categories,
            people: people.data!,
            services: services.data!.rows.map((service) => ({
              id: service.id,
              code: service.code,
              name: service.name,
              retired: service.lifecycle === 'retired',
            })),
            suppliers: suppliers.data!,
          }}
        />
      )}
    </RecordFormPage>
  );
}
