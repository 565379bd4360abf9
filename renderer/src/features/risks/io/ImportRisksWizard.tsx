import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import type { RiskImportPreview } from '../../../../../shared/import/risk-import-fields';
import { useApi } from '../../../api/api-context';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { useBackPath } from '../../../lib/use-back-path';
import { ImportWizard } from '../../../ui/import-wizard/ImportWizard';
import { NO_CHOICES, ratingMapInput, unmappedCount, type RatingChoices } from './rating-map';
import { RatingStep } from './RatingStep';
import { RiskImportResult } from './RiskImportResult';
import { RiskPreviewStep } from './RiskPreviewStep';

/**
 * Import a risk register from a spreadsheet: choose the file, match its columns, place its rating
 * words on this workspace's matrix (the one extra step of the shared import flow), see every
 * row's problems, then import.
 */
export function ImportRisksWizard() {
  const api = useApi();
  const importer = useApiAction('risks.import', {
    success: (imported) => `Imported ${plural(imported.created, 'risk')}`,
    successDetail: (imported) => (imported.skipped > 0 ? `${plural(imported.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });
  return (
    <ImportWizard<RiskImportPreview, RatingChoices, ImportResult>
      title="Import risks"
      description="Add risks to the register from a CSV or Excel file, with their ratings placed on this workspace’s matrix. Nothing is written until you press Import on the preview step."
      noun="risk"
      fileStep={{ target: 'the register’s fields' }}
      fieldHeading="Register field"
      backPath={useBackPath('/risks')}
      preview={(file, choices) =>
        api.call('risks.importPreview', {
          fileName: file.name,
          contentBase64: file.contentBase64,
          mapping: choices?.mapping,
          ratingMap: choices ? ratingMapInput(choices.extra) : undefined,
        })
      }
      extra={{
        initial: NO_CHOICES,
        step: {
          step: { label: 'Ratings', description: 'Place them on the matrix' },
          nextLabel: 'Next: place the ratings',
          render: (preview, ratings, change) => (
            <RatingStep preview={preview} onChoose={(scale, text, level) => change({ ...ratings, [scale]: { ...ratings[scale], [text]: level } })} />
          ),
          blocked: (preview) => {
            const unmapped = unmappedCount(preview);
            return unmapped > 0 ? `Choose a level for ${plural(unmapped, 'rating')} the matrix cannot place.` : null;
          },
        },
      }}
      source={(file, mapping, ratings) => ({ kind: 'risks', file, mapping, ratingMap: ratingMapInput(ratings) })}
      renderPreview={(preview, mode, setMode) => <RiskPreviewStep preview={preview} mode={mode} onModeChange={setMode} />}
      runImport={({ file, mapping, extra, mode, progressId }) =>
        importer.run({ fileName: file.name, contentBase64: file.contentBase64, mapping, ratingMap: ratingMapInput(extra), mode, progressId })
      }
      importing={importer.running}
      renderResult={(result, fileName, onAnother) => <RiskImportResult result={result} fileName={fileName} onAnother={onAnother} />}
    />
  );
}
