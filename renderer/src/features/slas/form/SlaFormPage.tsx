import { useParams, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { RecordFormPage } from '../../../ui/record-form/RecordFormPage';
import { LIST_LIMIT } from '../../services';
import { SlaForm } from './SlaForm';
import { newSlaValues, slaValues } from './sla-form-values';

/** `?serviceId=N` of a "New SLA" link on a service page: that service, preselected. */
function serviceIdOf(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('serviceId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** `#/slas/new` (optionally `?serviceId=N`) and `#/slas/:id/edit`: the form, once everything it offers has loaded. */
export function SlaFormPage() {
  const params = useParams<{ id?: string }>();
  const search = useSearch();
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const sla = useApiQuery('slas.get', editing ? { id } : null);
  const suggested = useApiQuery('slas.suggestCode', editing ? null : {});
  const services = useApiQuery('services.list', { limit: LIST_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const facets = useApiQuery('services.facets', {});
  const current = editing && sla.data?.id === id ? sla.data : null;
  const preselected = serviceIdOf(search);
  const known = services.data?.rows.some((row) => row.id === preselected) ? preselected : null;

  return (
    <RecordFormPage
      list={{ label: 'SLAs', href: '/slas' }}
      record={current && { code: current.code, name: current.name, href: `/slas/${current.id}` }}
      step={editing ? 'Edit' : 'New'}
      title={current ? `Edit ${current.code}` : editing ? 'Edit SLA' : 'New SLA'}
      queries={[editing ? sla : suggested, services, facets]}
      ready={!editing || current !== null}
      failureTitle={editing ? 'The SLA could not be loaded' : 'The form could not be prepared'}
      skeleton={[220, 120, 240]}
    >
      {() => (
        <SlaForm
          key={current ? `edit-${current.id}` : 'new'}
          sla={current}
          initial={current ? slaValues(current) : newSlaValues(suggested.data?.code ?? '', known)}
          services={services.data!.rows}
          customers={facets.data!.customers}
        />
      )}
    </RecordFormPage>
  );
}
