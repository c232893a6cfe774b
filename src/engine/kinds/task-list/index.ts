/**
 * The kind "task-list". A list of key tasks: task, start, end, owning unit; the appendix is built from it.
 * Its recognition (header vocabulary, column roles, scoring) is recognition.ts,
 * its computed columns metrics.ts; the roles a user may pick are here.
 */
import type { KindModule } from '../types';
import { taskListMetrics } from './metrics';
import { taskList } from './recognition';

export const taskListKind: KindModule = {
  spec: taskList,
  metrics: taskListMetrics,
  roles: ['stt', 'task', 'start', 'end', 'period', 'owner', 'partner', 'product', 'note'],
};
