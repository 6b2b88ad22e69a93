/**
 * Colours chosen by lightness first, so they stay apart when printed in grey: 达标 dark, 未达标
 * middle, 进行中 light, 免检 lightest; bars also carry decal patterns (aria). The heatmap ramp
 * runs from dark (few findings met) to light (all met), and every cell prints its percentage.
 */
export const STATUS_COLOURS = {
  MET: "#14213d", // grey ≈ 32
  UNMET: "#e4572e", // grey ≈ 124
  PENDING: "#f6d55c", // grey ≈ 209
  EXEMPT: "#e5e5e5",
};

export const STATUS_LABELS: Record<string, string> = { MET: "达标", UNMET: "未达标", PENDING: "进行中", EXEMPT: "免检" };

/** Low share met → dark red; high → pale (luminance rises monotonically). */
export const HEAT_RAMP = ["#67000d", "#a50f15", "#ef3b2c", "#fc9272", "#fee0d2", "#fff5f0"];

/** Text on a heat cell: white on the dark half of the ramp. */
export function heatTextColour(share: number | null): string {
  return share != null && share < 0.55 ? "#ffffff" : "#1f1f1f";
}

/** Series of other charts: the same three lightness steps. */
export const SERIES_COLOURS = [STATUS_COLOURS.MET, STATUS_COLOURS.UNMET, STATUS_COLOURS.PENDING, "#7f7f7f"];
