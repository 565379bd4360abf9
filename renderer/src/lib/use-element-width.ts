import { useEffect, useRef, useState } from 'react';

/**
 * The width of a box, kept current as it resizes. Charts get a fixed width from it:
 * Recharts' ResponsiveContainer draws nothing where nothing is laid out (tests, print).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, width };
}
