/**
 * The kind "investment". A public investment plan: projects, decisions, budgets by source, allocated and disbursed capital.
 * Its recognition (header vocabulary, column roles, scoring) is recognition.ts,
 * its computed columns metrics.ts; the roles a user may pick are here.
 */
import type { KindModule } from '../types';
import { investmentMetrics } from './metrics';
import { investment } from './recognition';

export const investmentKind: KindModule = {
  spec: investment,
  metrics: investmentMetrics,
  roles: [
    'stt',
    'name',
    'location',
    'period',
    'decision',
    'investor',
    'total-investment',
    'central-budget',
    'local-budget',
    'other-budget',
    'allocated',
    'period-plan',
    'year-plan',
    'disbursed',
    'amount',
    'note',
  ],
};
