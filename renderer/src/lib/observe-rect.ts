import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * Before layout (and in test DOMs) a scroller measures 0 px high and the virtualizer would render
 * nothing at all; assume a window's worth until the real size arrives.
 */
export function observeRectWithFallback(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 800 }));
}
