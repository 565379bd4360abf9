import { Anchor, EmptyState } from '@mantine/core';
import { IconMapPinQuestion } from '@tabler/icons-react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { CatalogueDocument } from '../features/catalogue-document/CatalogueDocument';
import { CatalogueIoActions } from '../features/catalogue-io/CatalogueIoActions';
import { ImportServicesWizard } from '../features/catalogue-io/import/ImportServicesWizard';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { ManagementReviewPage } from '../features/management-review/ManagementReviewPage';
import { ManagementReviewsScreen } from '../features/management-review/ManagementReviewsScreen';
import { ErrorBoundary } from '../features/errors/ErrorBoundary';
import { ImportRisksWizard } from '../features/risks/io/ImportRisksWizard';
import { HeatmapsScreen } from '../features/risks/heatmap/HeatmapsScreen';
import { RiskFormPage } from '../features/risks/form/RiskFormPage';
import { RiskPage } from '../features/risks/page/RiskPage';
import { RisksScreen } from '../features/risks/register/RisksScreen';
import { ServicesScreen } from '../features/services/catalogue/ServicesScreen';
import { ServiceFormPage } from '../features/services/form/ServiceFormPage';
import { ServicePage } from '../features/services/page/ServicePage';
import { MeasurementGridScreen } from '../features/slas/grid/MeasurementGridScreen';
import { ContractResultsScreen } from '../features/slas/grid/ContractResultsScreen';
import { ImportMeasurementsWizard, ImportOutagesWizard } from '../features/slas/import/SlaImportWizard';
import { SlaFormPage } from '../features/slas/form/SlaFormPage';
import { PortfolioScreen } from '../features/slas/portfolio/PortfolioScreen';
import { SlaPage } from '../features/slas/page/SlaPage';
import { SlaReviewScreen } from '../features/slas/review/SlaReviewScreen';
import { SlasScreen } from '../features/slas/list/SlasScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ReviewFormPage } from '../features/reviews/ReviewFormPage';
import { ReviewsScreen } from '../features/reviews/ReviewsScreen';
import { SuppliersScreen } from '../features/suppliers/SuppliersScreen';
import { ConflictsScreen, SyncLogScreen } from '../features/team';

function NotFound() {
  return (
    <EmptyState
      icon={<IconMapPinQuestion size={32} />}
      withIndicatorBackground
      title="There is no such screen"
      description={
        <>
          The address may be from a newer version or mistyped.{' '}
          <Anchor component={Link} href="/">
            Go to the dashboard
          </Anchor>
        </>
      }
      py={64}
    />
  );
}

/**
 * The screens of an open workspace. The error boundary resets when the route changes, so one
 * broken screen never takes the navigation down with it.
 */
export function AppRoutes() {
  const [location, navigate] = useLocation();
  return (
    <ErrorBoundary resetKeys={[location]} onGoHome={() => navigate('/')}>
      <Switch>
        <Route path="/" component={DashboardScreen} />
        {/* Before any /services/:id route: these two are not service ids. */}
        <Route path="/services/import" component={ImportServicesWizard} />
        <Route path="/services/catalogue-document" component={CatalogueDocument} />
        <Route path="/services">
          <ServicesScreen toolbarExtras={<CatalogueIoActions />} />
        </Route>
        <Route path="/services/new" component={ServiceFormPage} />
        <Route path="/services/:id/edit" component={ServiceFormPage} />
        <Route path="/services/:id" component={ServicePage} />
        <Route path="/suppliers/:section?" component={SuppliersScreen} />
        <Route path="/slas" component={SlasScreen} />
        <Route path="/slas/portfolio" component={PortfolioScreen} />
        <Route path="/slas/import/measurements" component={ImportMeasurementsWizard} />
        <Route path="/slas/import/outages" component={ImportOutagesWizard} />
        {/* Before /slas/:id: "new" is not an SLA id. */}
        <Route path="/slas/new" component={SlaFormPage} />
        <Route path="/slas/:id/edit" component={SlaFormPage} />
        <Route path="/slas/:id/results" component={MeasurementGridScreen} />
        <Route path="/contracts/:id/results" component={ContractResultsScreen} />
        <Route path="/slas/:id/review" component={SlaReviewScreen} />
        <Route path="/slas/:id" component={SlaPage} />
        <Route path="/risks" component={RisksScreen} />
        <Route path="/risks/import" component={ImportRisksWizard} />
        <Route path="/risks/heatmaps" component={HeatmapsScreen} />
        <Route path="/risks/new" component={RiskFormPage} />
        <Route path="/risks/:id/edit" component={RiskFormPage} />
        <Route path="/risks/:id" component={RiskPage} />
        <Route path="/actions" component={ActionsScreen} />
        <Route path="/reviews" component={ReviewsScreen} />
        <Route path="/reviews/:kind/:id" component={ReviewFormPage} />
        <Route path="/management-review" component={ManagementReviewsScreen} />
        <Route path="/management-review/:id" component={ManagementReviewPage} />
        <Route path="/settings/:tab?" component={SettingsScreen} />
        <Route path="/team/log" component={SyncLogScreen} />
        <Route path="/team/conflicts" component={ConflictsScreen} />
        <Route component={NotFound} />
      </Switch>
    </ErrorBoundary>
  );
}
