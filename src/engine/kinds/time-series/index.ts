/**
 * The kind "time-series". A time series: one indicator a row, periods across (or down the rows, years-down.ts).
 * Its recognition (header vocabulary, column roles, scoring) is recognition.ts,
 * its computed columns metrics.ts; the roles a user may pick are here.
 */
import type { KindModule } from '../types';
import { timeSeriesMetrics } from './metrics';
import { timeSeries } from './recognition';

export const timeSeriesKind: KindModule = {
  spec: timeSeries,
  metrics: timeSeriesMetrics,
  roles: ['stt', 'name', 'unit', 'value', 'time', 'note'],
};
