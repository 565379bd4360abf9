import { Select } from '@mantine/core';
import type { ManagementReviewSummary } from '../../../../shared/api/management-reviews-api';

interface ManagementReviewFilterProps {
  reviews: ManagementReviewSummary[];
  value: number | null;
  onChange: (value: string | null) => void;
}

/**
 * Narrow the list to the actions one management review decided. Hidden in a workspace without
 * management reviews, unless the address already names one (it then shows by number).
 */
export function ManagementReviewFilter({ reviews, value, onChange }: ManagementReviewFilterProps) {
  if (reviews.length === 0 && value === null) return null;
  const options = reviews.map((review) => ({ value: String(review.id), label: review.title }));
  if (value !== null && !reviews.some((review) => review.id === value)) options.push({ value: String(value), label: `Management review #${value}` });
  return (
    <Select
      aria-label="Management review"
      placeholder="Any management review"
      data={options}
      value={value === null ? null : String(value)}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No review by that title"
      w={300}
    />
  );
}
