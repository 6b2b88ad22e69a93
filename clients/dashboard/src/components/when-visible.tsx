import { createContext, ReactNode, Suspense, useContext, useEffect, useRef, useState } from "react";
import { Spin } from "antd";

/** True while the page prepares to print (or shows on a large screen): every section renders. */
export const ShowAllContext = createContext(false);

/**
 * Renders its section only once it comes near the viewport, so the first screen (headline and
 * heatmap) asks the API first and alone; printing and the large screen render everything.
 */
export function WhenVisible({ children, testId, minHeight = 400 }: { children: ReactNode; testId: string; minHeight?: number }) {
  const showAll = useContext(ShowAllContext);
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  // Once shown (seen, printed or on the large screen) a section stays: no reloading when printing ends.
  useEffect(() => {
    if (showAll) setSeen(true);
  }, [showAll]);
  useEffect(() => {
    if (seen || !box.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: "200px" });
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={box} data-testid={testId}>
      {seen || showAll ? (
        <Suspense
          fallback={
            <div style={{ minHeight, display: "flex", alignItems: "center", justifyContent: "center" }}>
              <Spin />
            </div>
          }
        >
          {children}
        </Suspense>
      ) : (
        <div style={{ minHeight }} />
      )}
    </div>
  );
}
