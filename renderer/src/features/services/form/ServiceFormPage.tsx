import { useParams } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { RecordFormPage } from '../../../ui/record-form/RecordFormPage';
import { LIST_LIMIT } from '../catalogue/catalogue-query';
import { ServiceForm } from './ServiceForm';
import { newServiceValues, serviceValues } from './service-form-values';

/** `#/services/new` and `#/services/:id/edit`: the form, once everything it offers has loaded. */
export function ServiceFormPage() {
  const params = useParams<{ id?: string }>();
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const service = useApiQuery('services.get', editing ? { id } : null);
  const suggested = useApiQuery('services.suggestCode', editing ? null : {});
  const catalogue = useApiQuery('services.list', { limit: LIST_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const facets = useApiQuery('services.facets', {});
  const people = useApiQuery('people.list', { includeInactive: true });
  const current = editing && service.data?.id === id ? service.data : null;

  return (
    <RecordFormPage
      list={{ label: 'Services', href: '/services' }}
      record={current && { code: current.code, name: current.name, href: `/services/${current.id}` }}
      step={editing ? 'Edit' : 'New'}
      title={current ? `Edit ${current.code}` : editing ? 'Edit service' : 'New service'}
      queries={[editing ? service : suggested, catalogue, facets, people]}
      ready={!editing || current !== null}
      failureTitle={editing ? 'The service could not be loaded' : 'The form could not be prepared'}
      skeleton={[180, 240]}
    >
      {() => (
        <ServiceForm
          key={current ? `edit-${current.id}` : 'new'}
          service={current}
          initial={current ? serviceValues(current) : newServiceValues(suggested.data?.code ?? '')}
          catalogue={catalogue.data!.rows}
          facets={facets.data!}
          people={people.data!}
        />
      )}
    </RecordFormPage>
  );
}
