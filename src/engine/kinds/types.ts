/** What a sheet kind is made of: one folder under src/engine/kinds, one module. */
import type { MetricProvider } from '../compute/types';
import type { Role } from '../report';
import type { KindSpec } from '../table';

export interface KindModule {
  /** How its tables are recognised: header vocabulary, column roles, what it needs, its score. */
  spec: KindSpec;
  /** The computed columns its tables allow. */
  metrics: MetricProvider;
  /** The roles a user may pick for a column of one of its tables. */
  roles: readonly Role[];
}
