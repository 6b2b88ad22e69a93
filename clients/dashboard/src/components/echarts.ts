/**
 * ECharts through `echarts/core` with only what the dashboard draws (the whole library is ~380 KB
 * gzipped): heatmap and bars, their grid, tooltip, plain legend, continuous visual map, and aria decals
 * (patterns, so series stay apart when printed in grey).
 */
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent, VisualMapContinuousComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  HeatmapChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { echarts };
export type { EChartsCoreOption } from "echarts/core";
