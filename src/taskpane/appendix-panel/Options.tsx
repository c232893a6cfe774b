/**
 * The panel's options ("Tùy chọn"): the title (whose years give the
 * timeline's period) and the subtitle, the order of the tasks, grouping by
 * owning unit, the timeline, and where to insert: a new sheet, or a sheet
 * and a cell.
 */
import { Caption1, Field, Input, Radio, RadioGroup, Select, Spinner, Switch, Text, Textarea } from '@fluentui/react-components';
import { DEFAULT_TITLE, periodIn } from '../../engine/appendix';
import type { Lang } from '../../i18n/lang';
import { t } from '../i18n';
import type { AppendixDraft } from './draft';
import { useFitHeight } from './fit-height';
import { useStyles } from './styles';

export function Options(props: {
  draft: AppendixDraft;
  lang: Lang;
  /** The workbook's sheets, for "Tại ô…"; null while they are read. */
  sheets: string[] | null;
  /** The cell typed, normalised; null when it is not a cell. */
  cell: string | null;
  update(patch: Partial<AppendixDraft>): void;
}) {
  const { draft, lang, sheets, cell, update } = props;
  const s = useStyles();
  const period = periodIn((draft.title.trim() || DEFAULT_TITLE).toLocaleUpperCase('vi'));
  const titleBox = useFitHeight(draft.title);
  const subtitleBox = useFitHeight(draft.subtitle);
  return (
    <section className={s.part} aria-label={t(lang, 'apxOptions')}>
      <Text weight="semibold">{t(lang, 'apxOptions')}</Text>
      <Field label={t(lang, 'apxTitleLabel')} hint={t(lang, 'apxTitleHint')}>
        <Textarea ref={titleBox} resize="vertical" rows={2} value={draft.title} onChange={(_, d) => update({ title: d.value })} />
      </Field>
      <Field label={t(lang, 'apxSubtitle')}>
        <Textarea ref={subtitleBox} resize="vertical" rows={2} value={draft.subtitle} onChange={(_, d) => update({ subtitle: d.value })} />
      </Field>
      <Field label={t(lang, 'apxOrder')}>
        <RadioGroup value={draft.order} onChange={(_, d) => update({ order: d.value === 'start' ? 'start' : 'given' })}>
          <Radio value="given" label={t(lang, 'apxOrderGiven')} />
          <Radio value="start" label={t(lang, 'apxOrderStart')} />
        </RadioGroup>
      </Field>
      <Switch className={s.switch} checked={draft.groupByOwner} onChange={(_, d) => update({ groupByOwner: d.checked })} label={t(lang, 'apxGroup')} />
      <Switch className={s.switch} checked={draft.timeline} onChange={(_, d) => update({ timeline: d.checked })} label={t(lang, 'apxTimeline')} />
      {draft.timeline && (
        <Caption1 className={period ? s.muted : s.warn} data-timeline={period ? 'ok' : 'no-period'}>
          {period ? t(lang, 'apxTimelinePeriod', { from: period.from, to: period.to, n: (period.to - period.from + 1) * 4 }) : t(lang, 'apxTimelineNoPeriod')}
        </Caption1>
      )}
      <Field label={t(lang, 'apxPlace')}>
        <RadioGroup value={draft.place} onChange={(_, d) => update({ place: d.value === 'at' ? 'at' : 'new' })}>
          <Radio value="new" label={t(lang, 'apxPlaceNew')} />
          <Radio value="at" label={t(lang, 'apxPlaceAt')} />
        </RadioGroup>
      </Field>
      {draft.place === 'at' && (
        <>
          <Field label={t(lang, 'apxSheet')}>
            {sheets === null ? (
              <Spinner size="extra-tiny" labelPosition="after" label={t(lang, 'apxSheetsLoading')} />
            ) : (
              <Select value={draft.atSheet} onChange={(_, d) => update({ atSheet: d.value })}>
                {sheets.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            label={t(lang, 'apxCell')}
            validationState={cell === null ? 'warning' : 'none'}
            validationMessage={cell === null ? t(lang, 'apxCellInvalid') : undefined}
          >
            <Input placeholder="B3" value={draft.atCell} onChange={(_, d) => update({ atCell: d.value })} />
          </Field>
        </>
      )}
    </section>
  );
}
