/** The words a chart carries (engine/chart.ts plans it): its title and the value axis's. */
import type { ChartSpec } from '../engine/chart';
import type { Lang } from './lang';

export function chartWords(spec: ChartSpec, lang: Lang): { title: string; valueTitle?: string } {
  if (spec.kind === 'completion') {
    const year = spec.year ?? '';
    return lang === 'vi'
      ? { title: `Mức hoàn thành kế hoạch năm ${year} (%)`, valueTitle: '%' }
      : { title: `Completion of the ${year} plan (%)`, valueTitle: '%' };
  }
  // A time series keeps its table's own title (its first line), else says what it shows.
  const own = spec.title?.split(/\n| — /)[0].trim();
  return { title: own || (lang === 'vi' ? 'Số liệu qua các năm' : 'Figures by year') };
}
