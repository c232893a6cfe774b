/**
 * The sheet kinds, each a folder (recognition, metrics, roles), and the
 * registries built from this one list. Adding a kind: a folder like the
 * others, its name in `Kind` (report.ts) and one line here; its words (name,
 * role names) go in src/i18n/kinds.ts.
 */
import type { MetricProvider } from '../compute/types';
import type { Kind, Role } from '../report';
import type { KindSpec } from '../table';
import { indicatorPlanKind } from './indicator-plan';
import { investmentKind } from './investment';
import { targetResultKind } from './target-result';
import { taskListKind } from './task-list';
import { timeSeriesKind } from './time-series';
import type { KindModule } from './types';

export type { KindModule } from './types';

/** Every kind, in the order recognition tries them when scores tie. */
export const KIND_MODULES: readonly KindModule[] = [indicatorPlanKind, targetResultKind, timeSeriesKind, investmentKind, taskListKind];

export const KIND_SPECS: readonly KindSpec[] = KIND_MODULES.map((m) => m.spec);

export const METRIC_PROVIDERS = Object.fromEntries(KIND_MODULES.map((m) => [m.spec.kind, m.metrics])) as Record<Kind, MetricProvider>;

/** The roles a user may pick for a column of a table of this kind. */
export const KIND_ROLES = Object.fromEntries(KIND_MODULES.map((m) => [m.spec.kind, m.roles])) as Record<Kind, readonly Role[]>;
