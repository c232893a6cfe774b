/**
 * The kind "indicator-plan". Biểu số 1 — the indicator review: actual, plan, estimate and next plan by year, "So sánh (%)" columns.
 * Its recognition (header vocabulary, column roles, scoring) is recognition.ts,
 * its computed columns metrics.ts; the roles a user may pick are here.
 */
import type { KindModule } from '../types';
import { indicatorPlanMetrics } from './metrics';
import { indicatorPlan } from './recognition';

export const indicatorPlanKind: KindModule = {
  spec: indicatorPlan,
  metrics: indicatorPlanMetrics,
  roles: ['stt', 'name', 'unit', 'actual', 'plan', 'estimate', 'ratio', 'evaluation', 'owner', 'note'],
};
