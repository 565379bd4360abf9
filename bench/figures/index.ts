import { auditList } from './audit-list';
import { auditExportSla, auditSearchAll, auditSearchByKind, auditSearchByMonth, auditSearchByPerson, auditSearchText } from './audit-search';
import { dashboardSummary } from './dashboard-summary';
import type { FigureFactory } from './figure';
import { peopleList } from './people-list';
import { searchRecords } from './search-records';
import { serviceGet, serviceImpact } from './service-detail';
import { servicesAllRows, servicesByOwner, servicesFiltered, servicesFirstPage } from './services-list';
import { measurementsGrid, slaBreaches, slaPortfolio, slaPortfolioOwnSql, slasList } from './sla-figures';
import { workspaceOpen } from './workspace-open';
import { integrityChecks } from './integrity-checks';
import { riskGet, risksFilteredPage, risksHeatmap, risksHeatmapAsOf, risksHeatmapFiltered, risksOverdueByReview, risksSearchByOwner } from './risks-register';
import { risksImport } from './risks-import';
import { reviewsCountsAll, reviewsCountsOwner, reviewsInboxAll } from './reviews-inbox';
import { managementReviewCompile, managementReviewPdf } from './management-review';
import { risksSearchNetwork, risksSearchTwoLetters } from './risks-search';
import { risksByServiceAll, risksByServiceFirstPage, risksByServiceNextPage } from './risks-by-service';
import { durabilityImport, durabilityOneSave, durabilityThousandSaves } from './durability';

/** Every figure of `npm run bench`, in report order. A new figure is one file here and one line below. */
export const figures: readonly FigureFactory[] = [
  workspaceOpen,
  integrityChecks,
  peopleList,
  searchRecords,
  dashboardSummary,
  auditList,
  auditSearchAll,
  auditSearchByPerson,
  auditSearchByKind,
  auditSearchByMonth,
  auditSearchText,
  auditExportSla,
  servicesFirstPage,
  servicesAllRows,
  servicesFiltered,
  servicesByOwner,
  serviceGet,
  serviceImpact,
  risksFilteredPage,
  risksSearchByOwner,
  risksSearchNetwork,
  risksSearchTwoLetters,
  risksOverdueByReview,
  risksHeatmap,
  risksHeatmapFiltered,
  risksHeatmapAsOf,
  risksByServiceAll,
  risksByServiceFirstPage,
  risksByServiceNextPage,
  riskGet,
  risksImport,
  slaPortfolio,
  slaPortfolioOwnSql,
  measurementsGrid,
  slaBreaches,
  slasList,
  reviewsInboxAll,
  reviewsCountsOwner,
  reviewsCountsAll,
  managementReviewCompile,
  managementReviewPdf,
  durabilityOneSave,
  durabilityThousandSaves,
  durabilityImport,
];

export type { BenchContext, Figure, FigureFactory } from './figure';
