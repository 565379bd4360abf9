import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useEffect, type MouseEvent } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { Link } from 'wouter';
import type { ServiceDetail } from '../../../../shared/api/services-api';
import { plural } from '../../lib/format';
import { useBackPath } from '../../lib/use-back-path';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { useOpenWorkspace } from '../../app/workspace-context';
import { catalogueSections } from './catalogue-sections';
import classes from './CatalogueDocument.module.css';
import { useCatalogueServices } from './use-catalogue-services';
import { appNow } from '../../lib/app-clock';

// A description's own headings sit below the service's name in the document's outline.
const markdownComponents: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h5>{children}</h5>,
};

/**
 * Jump within the document without touching the address: the hash holds the app's route. The
 * href stays, so the saved PDF keeps working contents links.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={value ? undefined : classes.none}>{value || 'Not stated'}</dd>
    </>
  );
}

function ServiceEntry({ service }: { service: ServiceDetail }) {
  return (
    <article className={classes.entry} aria-labelledby={`service-${service.id}`}>
      <h3 id={`service-${service.id}`}>
        {service.name} <span className={classes.code}>{service.code}</span>
      </h3>
      {service.description.trim() ? (
        <div className={classes.description}>
          <Markdown components={markdownComponents}>{service.description}</Markdown>
        </div>
      ) : (
        <p className={classes.none}>No description yet.</p>
      )}
      <dl className={classes.details}>
        <Detail label="Service hours" value={service.serviceHoursText} />
        <Detail label="Service owner" value={service.ownerName} />
        <Detail label="Support contact" value={service.supportContact} />
        <Detail label="Customers" value={service.customers.join(', ')} />
      </dl>
    </article>
  );
}

/**
 * The catalogue as a customer-facing document: a title, contents and one entry per live service,
 * grouped by category. On screen it is a sheet of paper; printed (or saved as PDF) it is A4 with
 * each category on a new page and none of the app around it.
 */
export function CatalogueDocument() {
  const workspace = useOpenWorkspace();
  const back = useBackPath('/services');
  const { load, retry } = useCatalogueServices();
  const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(appNow());

  // The print rules that hide the app's frame apply only while the document is open.
  useEffect(() => {
    document.body.setAttribute('data-print-document', '');
    return () => document.body.removeAttribute('data-print-document');
  }, []);

  const ready = load.status === 'ready';
  const sections = ready ? catalogueSections(load.services) : [];

  return (
    <div className={classes.root}>
      <Group justify="space-between" className={classes.toolbar} gap="sm">
        <Anchor component={Link} href={back} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} /> Back
          </Group>
        </Anchor>
        <Group gap="sm">
          <Text size="sm" c="dimmed" visibleFrom="sm">
            Choose “Save as PDF” as the printer to keep a copy.
          </Text>
          <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()} disabled={!ready}>
            Print / Save as PDF
          </Button>
        </Group>
      </Group>

      {load.status === 'error' ? (
        <ErrorPanel title="The catalogue could not be loaded" error={load.error} onRetry={retry} />
      ) : (
        <article className={classes.paper} aria-label="Service catalogue document" aria-busy={!ready} data-ready={ready || undefined}>
          <header className={classes.titleBlock}>
            <p className={classes.eyebrow}>Service catalogue</p>
            <h1>{workspace.organisationName}</h1>
            <p className={classes.subtitle}>
              {ready
                ? `${plural(load.services.length, 'live service')}${sections.length > 1 ? ` in ${plural(sections.length, 'category', 'categories')}` : ''} · ${today}`
                : today}
            </p>
          </header>

          {load.status === 'loading' && (
            <Stack gap={6} my="xl" className={classes.toolbar}>
              <Text size="sm" c="dimmed">
                {load.total === null ? 'Loading the catalogue…' : `Loading service descriptions: ${load.loaded} of ${load.total}`}
              </Text>
              <Progress value={load.total ? (100 * load.loaded) / load.total : 5} size="sm" animated aria-label="Loading" />
            </Stack>
          )}

          {ready && sections.length === 0 && (
            <p className={classes.none}>There are no live services in the catalogue yet. Services appear here once their lifecycle is “live”.</p>
          )}

          {sections.length > 0 && (
            <nav className={classes.contents} aria-label="Contents">
              <h2>Contents</h2>
              <ol>
                {sections.map((section) => (
                  <li key={section.id}>
                    <a href={`#${section.id}`} onClick={(event) => jumpTo(event, section.id)}>
                      {section.title}
                    </a>
                    <ol>
                      {section.services.map((service) => (
                        <li key={service.id}>
                          <a href={`#service-${service.id}`} onClick={(event) => jumpTo(event, `service-${service.id}`)}>
                            {service.name}
                          </a>
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </nav>
          )}

          {sections.map((section) => (
            <section key={section.id} id={section.id} className={classes.section} aria-labelledby={`${section.id}-title`}>
              <h2 id={`${section.id}-title`}>{section.title}</h2>
              {section.services.map((service) => (
                <ServiceEntry key={service.id} service={service} />
              ))}
            </section>
          ))}

          {ready && (
            <footer className={classes.colophon}>
              {workspace.organisationName} service catalogue, produced on {today} from {workspace.fileName}. Only services in live operation are listed.
            </footer>
          )}
        </article>
      )}
    </div>
  );
}
