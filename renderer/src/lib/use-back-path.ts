import { useSearchParams } from 'wouter';

/**
 * The screen to return to (`?back=/services?lifecycle=live`), when it is a route of this app;
 * anything else falls back, so a crafted link cannot send people elsewhere.
 */
export function useBackPath(fallback: string): string {
  const [params] = useSearchParams();
  const back = params.get('back');
  return back && back.startsWith('/') && !back.startsWith('//') ? back : fallback;
}
