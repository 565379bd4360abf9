import { useApiQuery } from '../../api/use-api-query';
import { useWorkspace } from '../../app/workspace-context';

/** The counts of the person I am (everyone's when nobody is chosen), for the navigation badge. */
export function useMyReviewCounts() {
  const { workspace } = useWorkspace().info;
  const personId = workspace?.currentPerson?.id ?? null;
  return useApiQuery('reviews.counts', workspace ? { personId } : null);
}
