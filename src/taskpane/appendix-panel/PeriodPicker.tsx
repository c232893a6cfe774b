/**
 * The period picker of the task form: a start or an end as a month or a
 * quarter of a year, or the date as written ("Khác"), with what it will show
 * and a warning when the text written cannot be read as a date.
 */
import { Caption1, Input, Select, Text, mergeClasses, useId } from '@fluentui/react-components';
import type { Lang } from '../../i18n/lang';
import { QUARTERS, dateDraftText, isUnreadableDate, type DateDraft, type DateKind } from '../appendix';
import { t } from '../i18n';
import { useStyles } from './styles';

/** Kind, month or quarter, and year; or the date as written ("Khác"). */
export function PeriodPicker(props: { label: string; value: DateDraft; onChange(d: DateDraft): void; lang: Lang }) {
  const { label, value, onChange, lang } = props;
  const s = useStyles();
  const labelId = useId('apx-period');
  const text = dateDraftText(value);
  const unreadable = text !== '' && isUnreadableDate(text);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <div className={s.period} role="group" aria-labelledby={labelId}>
      <Text id={labelId} weight="semibold">
        {label}
      </Text>
      <div className={s.periodControls}>
        <Select
          className={mergeClasses(s.control, s.periodWide)}
          aria-label={t(lang, 'apxDateKind')}
          value={value.kind}
          onChange={(_, d) => onChange({ ...value, kind: d.value as DateKind })}
        >
          <option value="month">{t(lang, 'apxKindMonth')}</option>
          <option value="quarter">{t(lang, 'apxKindQuarter')}</option>
          <option value="text">{t(lang, 'apxKindText')}</option>
        </Select>
        {value.kind === 'month' && (
          <Select
            className={s.control}
            aria-label={t(lang, 'apxMonth')}
            value={String(value.month)}
            onChange={(_, d) => onChange({ ...value, month: Number(d.value) })}
          >
            {months.map((m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ))}
          </Select>
        )}
        {value.kind === 'quarter' && (
          <Select
            className={s.control}
            aria-label={t(lang, 'apxQuarter')}
            value={String(value.quarter)}
            onChange={(_, d) => onChange({ ...value, quarter: Number(d.value) })}
          >
            {QUARTERS.map((q, i) => (
              <option key={q} value={String(i + 1)}>
                {q}
              </option>
            ))}
          </Select>
        )}
        {value.kind !== 'text' ? (
          <Input
            className={s.control}
            type="number"
            min={1900}
            max={2100}
            aria-label={t(lang, 'apxYear')}
            value={value.year}
            onChange={(_, d) => onChange({ ...value, year: d.value })}
          />
        ) : (
          <Input
            className={mergeClasses(s.control, s.periodWide)}
            aria-label={t(lang, 'apxDateText')}
            placeholder={t(lang, 'apxDateTextPlaceholder')}
            value={value.text}
            onChange={(_, d) => onChange({ ...value, text: d.value })}
          />
        )}
      </div>
      <Caption1 className={unreadable ? s.warn : s.muted} data-date-state={unreadable ? 'invalid' : 'ok'}>
        {unreadable ? t(lang, 'apxDateInvalid', { text }) : text ? t(lang, 'apxDateShows', { text }) : t(lang, 'apxNoDate')}
      </Caption1>
    </div>
  );
}
