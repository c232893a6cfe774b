/**
 * The kind "target-result". Targets and results: a target set for the period against what was achieved.
 * Its recognition (header vocabulary, column roles, scoring) is recognition.ts,
 * its computed columns metrics.ts; the roles a user may pick are here.
 */
import type { KindModule } from '../types';
import { targetResultMetrics } from './metrics';
import { targetResult } from './recognition';

export const targetResultKind: KindModule = {
  spec: targetResult,
  metrics: targetResultMetrics,
  roles: ['stt', 'name', 'unit', 'target', 'actual', 'result', 'completion', 'evaluation', 'note'],
};
