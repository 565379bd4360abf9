import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptySummary, openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

/** Downloads the page starts (links with `download` that are clicked), kept from navigating anywhere. */
function captureDownloads() {
  const downloads: Array<{ fileName: string; href: string }> = [];
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      event.preventDefault();
      downloads.push({ fileName: link.download, href: link.href });
    }
  };
  document.addEventListener('click', onClick, true);
  return { downloads, stop: () => document.removeEventListener('click', onClick, true) };
}

let stop: (() => void) | null = null;
afterEach(() => stop?.());

describe('CatalogueIoActions', () => {
  it('exports the catalogue as CSV and downloads it under the host’s file name', async () => {
    const capture = captureDownloads();
    stop = capture.stop;
    const { user, inputsOf } = renderApp({
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'dashboard.summary': () => emptySummary(),
      'services.export': ({ format }) => ({
        fileName: `service-catalogue-2026-03-02.${format}`,
        mimeType: 'text/csv;charset=utf-8',
        contentBase64: btoa('Code,Name\r\nSVC-001,Email\r\n'),
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));

    expect(await screen.findByText('Exported service-catalogue-2026-03-02.csv')).toBeInTheDocument();
    expect(inputsOf('services.export')).toEqual([{ format: 'csv' }]);
    await waitFor(() => expect(capture.downloads).toHaveLength(1));
    expect(capture.downloads[0]!.fileName).toBe('service-catalogue-2026-03-02.csv');
    expect(capture.downloads[0]!.href).toMatch(/^blob:/);
  });

  it('links the import and the catalogue document, with the way back', async () => {
    renderApp({ 'workspace.info': () => openInfo(), 'people.list': () => [], 'dashboard.summary': () => emptySummary() });

    expect(await screen.findByRole('link', { name: 'Import…' })).toHaveAttribute('href', '/services/import?back=%2F');
    expect(screen.getByRole('link', { name: 'Catalogue document' })).toHaveAttribute('href', '/services/catalogue-document?back=%2F');
  });
});
