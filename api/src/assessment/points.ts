import type { ValueTransformer } from "typeorm";

/** numeric ⇄ number for points (multiples of 0.5: exact in a double). */
export const pointsColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};
