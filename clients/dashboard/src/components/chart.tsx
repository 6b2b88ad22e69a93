import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { echarts, EChartsCoreOption } from "./echarts";

export interface ChartHandle {
  /** The chart as a PNG data URL on white (for the export button). */
  toPng(): string | null;
}

/**
 * One ECharts instance in a div: created once, fed options as they change, resized with its box,
 * disposed on unmount. `onClick` receives the clicked item's data.
 */
export const Chart = forwardRef<
  ChartHandle,
  {
    option: EChartsCoreOption;
    height: number;
    onClick?: (params: { data: unknown; seriesIndex?: number; dataIndex: number }) => void;
    testId?: string;
  }
>(function Chart({ option, height, onClick, testId }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const instance = echarts.init(box.current!, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (params) => click.current?.(params as never));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" }) ?? null,
  }));

  return <div ref={box} data-testid={testId} style={{ width: "100%", height }} />;
});
