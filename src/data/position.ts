import type { Confidence } from './schema';

/**
 * Above this accuracy (metres) a position is shown as approximate: hollow marker, halo sized by the accuracy, and a
 * warning in the details. Station register points (±20–50 m) stay exact; proxies and locality centres do not.
 */
export const APPROXIMATE_ABOVE_M = 100;

export interface PositionQuality {
  accuracy_m: number | null;
  confidence: Confidence;
}

export function isApproximatePosition({ accuracy_m, confidence }: PositionQuality): boolean {
  return accuracy_m === null || accuracy_m > APPROXIMATE_ABOVE_M || confidence === 'low' || confidence === 'unsourced';
}
