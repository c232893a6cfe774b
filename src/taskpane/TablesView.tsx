/**
 * The tables the engine recognised on a sheet, one under another: kind,
 * title, rows, and each column's role with a select to correct it.
 * Laid out for a 320 px pane: one column of content, long text wraps.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ColumnReport, Kind, Quantity, Role, RoleOverrides, SheetReport, TableReport } from '../engine/report';
import type { Lang } from '../i18n/lang';
import { KIND_NAMES, KIND_ROLES, ROLE_NAMES } from '../i18n/kinds';
import { t } from './i18n';
import { cellBadge } from './styles';
import { maybePseudo } from './pseudo';
import { WORD_KINDS, type TableDoc } from '../engine/word';
import { WordExport } from './WordExport';
import type { ChartResult } from '../app/types';

/** What a column's select can be set to. */
export type RoleChoice = Role | 'ignore';

const IGNORE = 'ignore';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    paddingTop: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  table: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    minWidth: 0,
  },
  kindRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '6px',
    rowGap: '4px',
  },
  kindBadge: {
    maxWidth: '100%',
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    textAlign: 'left',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  title: {
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  column: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr)',
    columnGap: '8px',
    alignItems: 'start',
  },
  letter: {
    ...cellBadge,
    marginTop: '3px',
  },
  columnBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
  },
  selectRow: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '6px',
    minWidth: 0,
  },
  directionRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '6px',
    rowGap: '4px',
    minWidth: 0,
  },
  directionSelect: {
    flexBasis: '100%',
    minWidth: 0,
  },
  rowInput: {
    width: '80px',
    minWidth: 0,
  },
  select: {
    flexGrow: 1,
    minWidth: 0,
  },
  tag: {
    flexShrink: 0,
  },
  columnHeader: {
    color: tokens.colorNeutralForeground3,
    // Wrapped, not cut: an inline span is never ended with "…", and a long header (a computed
    // column's "Tăng (+), giảm (−) (%) / ƯTH 2018 so với TH 2017") ran out of the pane.
    overflowWrap: 'anywhere',
  },
  accordionHeader: {
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  panel: {
    marginLeft: 0,
    marginRight: 0,
    paddingBottom: '8px',
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '4px',
  },
});

function quantityText(q: Quantity, lang: Lang): string {
  const parts = [maybePseudo(ROLE_NAMES[q.role][lang])];
  if (q.period) parts.push(q.period);
  if (q.year !== undefined) parts.push(String(q.year));
  return parts.join(' ');
}

/** The role of a column in words, with its year and period. */
export function columnRoleText(c: ColumnReport, lang: Lang): string {
  if (c.role === 'ratio' && c.ratio) {
    const label = c.ratio.growth ? t(lang, 'roleGrowth') : maybePseudo(ROLE_NAMES.ratio[lang]);
    const of = t(lang, 'ratioOf', {
      num: quantityText(c.ratio.numerator, lang),
      den: quantityText(c.ratio.denominator, lang),
    });
    return `${label}: ${of}`;
  }
  const parts = [maybePseudo(ROLE_NAMES[c.role]?.[lang] ?? c.role)];
  if (c.period) parts.push(c.period);
  if (c.year !== undefined) parts.push(t(lang, 'yearValue', { year: c.year }));
  return parts.join(' ');
}

/** The kind's name in the pane language. */
export function kindName(kind: TableReport['kind'], lang: Lang): string {
  return maybePseudo(KIND_NAMES[kind]?.[lang] ?? kind);
}

/** Roles offered for a column: the kind's roles, plus the column's own if it is not one of them. */
function roleOptions(roles: readonly Role[], current: RoleChoice): Role[] {
  const out = [...roles];
  if (current !== IGNORE && !out.includes(current)) out.unshift(current);
  return out;
}

interface ColumnRowProps {
  column: string;
  /** What the select shows: the correction if any, else the recognised role. */
  value: RoleChoice;
  roles: readonly Role[];
  corrected: boolean;
  /** A line saying more than the role (year, period, ratio). */
  detail?: string;
  header?: string;
  lang: Lang;
  disabled: boolean;
  onRole(column: string, role: RoleChoice): void;
}

function ColumnRow(props: ColumnRowProps) {
  const { column, value, roles, corrected, detail, header, lang, disabled, onRole } = props;
  const s = useStyles();
  return (
    <li className={s.column} data-column={column}>
      <span className={s.letter}>{column}</span>
      <div className={s.columnBody}>
        <div className={s.selectRow}>
          <Select
            className={s.select}
            size="small"
            value={value}
            disabled={disabled}
            aria-label={t(lang, 'roleSelectLabel', { col: column })}
            onChange={(_, data) => {
              if (data.value !== value) onRole(column, data.value as RoleChoice);
            }}
          >
            {roleOptions(roles, value).map((r) => (
              <option key={r} value={r}>
                {maybePseudo(ROLE_NAMES[r]?.[lang] ?? r)}
              </option>
            ))}
            <option value={IGNORE}>{t(lang, 'ignoreColumn')}</option>
          </Select>
          {corrected && (
            <Badge className={s.tag} size="small" appearance="tint" color="brand" shape="rounded" data-corrected="" title={t(lang, 'correctedHint')}>
              {t(lang, 'corrected')}
            </Badge>
          )}
        </div>
        {detail && <Caption1 className={s.muted}>{detail}</Caption1>}
        {header && (
          <Caption1 className={s.columnHeader} title={header}>
            {header}
          </Caption1>
        )}
      </div>
    </li>
  );
}

function hasDetail(c: ColumnReport): boolean {
  return (c.role === 'ratio' && !!c.ratio) || c.year !== undefined || !!c.period;
}

/** "dòng 4–6", or "dòng 3" for one row. */
function rowsText([from, to]: [number, number], lang: Lang): string {
  return from === to ? t(lang, 'rowSingle', { n: from }) : t(lang, 'headerRowsValue', { from, to });
}

function sameWords(a: string, b: string): boolean {
  const norm = (x: string) => x.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}

/** What the tables' "to Word" buttons need: the document of a table by its index, or a word that the sheet must be checked again first. */
export type WordSource = { doc(index: number): TableDoc | null } | { recheck: true };

interface TableBodyProps {
  table: TableReport;
  /** Its index among the sheet's tables. */
  index: number;
  sheet: string;
  /** Its place among the sheet's tables that go to Word. */
  wordPosition: number;
  word?: WordSource;
  lang: Lang;
  overrides: RoleOverrides;
  disabled: boolean;
  /** Show the kind badge (the accordion header already names it). */
  showKind: boolean;
  onRole(column: string, role: RoleChoice): void;
  /** "Chèn biểu đồ": a chart for this table; where it went (null: not drawn, the pane says why). */
  onChart?(index: number): Promise<ChartResult | null>;
}

/** The kinds a chart is drawn for (engine/chart.ts). */
const CHART_KINDS: readonly TableReport['kind'][] = ['indicator-plan', 'time-series'];

/** "Chèn biểu đồ" and, once drawn, where the chart went. */
function ChartButton({ lang, disabled, onChart }: { lang: Lang; disabled: boolean; onChart(): Promise<ChartResult | null> }) {
  const s = useStyles();
  const [drawn, setDrawn] = React.useState<ChartResult | null>(null);
  return (
    <div className={s.kindRow}>
      <Button size="small" disabled={disabled} title={t(lang, 'chartHint')} onClick={() => void onChart().then(setDrawn)}>
        {t(lang, 'chartInsert')}
      </Button>
      <div role="status">{drawn && <Caption1 className={s.muted}>{t(lang, 'chartInserted', { address: drawn.address })}</Caption1>}</div>
    </div>
  );
}

function TableBody({ table, index, sheet, wordPosition, word, lang, overrides, disabled, showKind, onRole, onChart }: TableBodyProps) {
  const s = useStyles();
  const roles = KIND_ROLES[table.kind] ?? [];
  const columnsLabel = t(lang, 'columns', { n: table.columns.length });
  return (
    <div className={s.table} data-kind={table.kind}>
      {showKind && (
        <div className={s.kindRow}>
          <Badge className={s.kindBadge} appearance="tint" color="success" shape="rounded">
            {kindName(table.kind, lang)}
          </Badge>
        </div>
      )}
      {table.title && (
        <Caption1 className={s.title} title={table.title}>
          {table.title}
        </Caption1>
      )}
      <Caption1 className={s.muted}>
        {t(lang, 'tableRows', {
          header: rowsText(table.headerRows, lang),
          data: rowsText(table.dataRows, lang),
        })}
      </Caption1>
      {word && WORD_KINDS.includes(table.kind) && 'doc' in word && (
        <WordExport lang={lang} disabled={disabled} sheet={sheet} position={wordPosition} doc={() => word.doc(index)} />
      )}
      {word && WORD_KINDS.includes(table.kind) && 'recheck' in word && <Caption1 className={s.muted}>{t(lang, 'wordRecheck')}</Caption1>}
      {onChart && CHART_KINDS.includes(table.kind) && <ChartButton lang={lang} disabled={disabled} onChart={() => onChart(index)} />}
      <Text weight="semibold" size={200}>
        {columnsLabel}
      </Text>
      {table.columns.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'columnsNone')}</Caption1>
      ) : (
        <ul className={s.list} aria-label={columnsLabel}>
          {table.columns.map((c) => {
            const override = overrides[c.column];
            const detail = hasDetail(c) ? columnRoleText(c, lang) : undefined;
            // The header often says the same as the detail: show it once.
            const header = c.header && !(detail && sameWords(detail, c.header)) ? c.header : undefined;
            return (
              <ColumnRow
                key={c.column}
                column={c.column}
                value={override ?? c.role}
                roles={roles}
                corrected={override !== undefined}
                detail={detail}
                header={header}
                lang={lang}
                disabled={disabled}
                onRole={onRole}
              />
            );
          })}
        </ul>
      )}
    </div>
  );
}

export interface TablesViewProps {
  report: SheetReport;
  lang: Lang;
  /** The sheet's saved role corrections (column letter → role or "ignore"). */
  overrides: RoleOverrides;
  /** True while an action runs: the selects and the reset button wait. */
  disabled: boolean;
  onRole(column: string, role: RoleChoice): void;
  onReset(): void;
  /** Back to recognition, when the kind was the planner's choice. */
  onChooseKind?(kind: Kind | null): void;
  /** Where the (first) table's header is (null: as recognised). */
  onHeaderRows?(rows: [number, number] | null): void;
  /** The tables' "Sao chép bảng cho Word" and "Tải về .docx" (none without it). */
  word?: WordSource;
  /** Which way the indicator of a sheet row is better, and what its target is (null: as chitieu reads it). */
  onDirection?(row: number, direction: 'lower' | 'higher' | null, bound: 'floor' | 'ceiling' | 'exact' | null): void;
  /** "Chèn biểu đồ" under a table that has a chart. */
  onChart?(index: number): Promise<ChartResult | null>;
}

/** "Tiêu đề bảng ở dòng": where the header is, when chitieu put it elsewhere. */
function HeaderRowsForm({
  lang,
  disabled,
  current,
  onHeaderRows,
}: {
  lang: Lang;
  disabled: boolean;
  current?: [number, number];
  onHeaderRows(rows: [number, number] | null): void;
}) {
  const s = useStyles();
  const [from, setFrom] = React.useState(current ? String(current[0]) : '');
  const [to, setTo] = React.useState(current ? String(current[1]) : '');
  const fromId = React.useId();
  const toId = React.useId();
  const a = Number(from);
  const b = Number(to || from);
  const valid = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= a;
  return (
    <div className={s.table} data-header-form="">
      <Text weight="semibold" size={200}>
        {t(lang, 'headerRowsHeading')}
      </Text>
      <div className={s.directionRow}>
        <label htmlFor={fromId}>
          <Caption1>{t(lang, 'headerRowsFrom')}</Caption1>
        </label>
        <Input id={fromId} className={s.rowInput} size="small" type="number" value={from} disabled={disabled} onChange={(_, d) => setFrom(d.value)} />
        <label htmlFor={toId}>
          <Caption1>{t(lang, 'headerRowsTo')}</Caption1>
        </label>
        <Input id={toId} className={s.rowInput} size="small" type="number" value={to} disabled={disabled} onChange={(_, d) => setTo(d.value)} />
        <Button size="small" disabled={disabled || !valid} onClick={() => onHeaderRows([a, b])}>
          {t(lang, 'headerRowsSave')}
        </Button>
      </div>
    </div>
  );
}

/** "Chiều của chỉ tiêu": a row number and which way its indicator is better. */
function DirectionForm({
  lang,
  disabled,
  rows,
  onDirection,
}: {
  lang: Lang;
  disabled: boolean;
  rows: [number, number];
  onDirection(row: number, direction: 'lower' | 'higher' | null, bound: 'floor' | 'ceiling' | 'exact' | null): void;
}) {
  const s = useStyles();
  const [row, setRow] = React.useState('');
  const [direction, setDirection] = React.useState<'lower' | 'higher' | 'auto'>('lower');
  const [bound, setBound] = React.useState<'floor' | 'ceiling' | 'exact' | 'auto'>('auto');
  const rowId = React.useId();
  const dirId = React.useId();
  const n = Number(row);
  const valid = Number.isInteger(n) && n >= rows[0] && n <= rows[1];
  return (
    <div className={s.table} data-direction-form="">
      <Text weight="semibold" size={200}>
        {t(lang, 'directionHeading')}
      </Text>
      <Caption1 className={s.muted}>{t(lang, 'directionHint', { from: rows[0], to: rows[1] })}</Caption1>
      <div className={s.directionRow}>
        <label htmlFor={rowId}>
          <Caption1>{t(lang, 'directionRow')}</Caption1>
        </label>
        <Input id={rowId} className={s.rowInput} size="small" type="number" value={row} disabled={disabled} onChange={(_, d) => setRow(d.value)} />
        <Button
          size="small"
          disabled={disabled || !valid}
          onClick={() => onDirection(n, direction === 'auto' ? null : direction, bound === 'auto' ? null : bound)}
        >
          {t(lang, 'directionSave')}
        </Button>
        <Select
          id={dirId}
          className={s.directionSelect}
          size="small"
          aria-label={t(lang, 'directionLabel')}
          value={direction}
          disabled={disabled}
          onChange={(_, d) => setDirection(d.value as 'lower' | 'higher' | 'auto')}
        >
          <option value="lower">{t(lang, 'directionLower')}</option>
          <option value="higher">{t(lang, 'directionHigher')}</option>
          <option value="auto">{t(lang, 'directionAuto')}</option>
        </Select>
        <Select
          className={s.directionSelect}
          size="small"
          aria-label={t(lang, 'boundLabel')}
          value={bound}
          disabled={disabled}
          onChange={(_, d) => setBound(d.value as 'floor' | 'ceiling' | 'exact' | 'auto')}
        >
          <option value="auto">{t(lang, 'boundAuto')}</option>
          <option value="floor">{t(lang, 'boundFloor')}</option>
          <option value="ceiling">{t(lang, 'boundCeiling')}</option>
          <option value="exact">{t(lang, 'boundExact')}</option>
        </Select>
      </div>
    </div>
  );
}

/** Columns set to "ignore" that no table shows any more (so they can be brought back). */
function ignoredColumns(report: SheetReport, overrides: RoleOverrides): string[] {
  const shown = new Set(report.tables.flatMap((tb) => tb.columns.map((c) => c.column)));
  return Object.keys(overrides)
    .filter((col) => overrides[col] === IGNORE && !shown.has(col))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

export function TablesView({ report, lang, overrides, disabled, onRole, onReset, onChooseKind, onDirection, onHeaderRows, word, onChart }: TablesViewProps) {
  const s = useStyles();
  const tables = report.tables ?? [];
  const wordPosition = (i: number) => tables.slice(0, i).filter((tb) => WORD_KINDS.includes(tb.kind)).length;
  const body = (tb: TableReport, i: number, showKind: boolean) => (
    <TableBody
      table={tb}
      index={i}
      sheet={report.name}
      wordPosition={wordPosition(i)}
      word={word}
      lang={lang}
      overrides={overrides}
      disabled={disabled}
      showKind={showKind}
      onRole={onRole}
      onChart={onChart}
    />
  );
  const heading = t(lang, 'tables', { n: tables.length });
  const ignored = ignoredColumns(report, overrides);
  const anyCorrection = Object.keys(overrides).length > 0;
  // The roles offered for an ignored column: those of every kind on the sheet.
  const kinds = tables.length > 0 ? tables.map((tb) => tb.kind) : (Object.keys(KIND_ROLES) as TableReport['kind'][]);
  const sheetRoles = Array.from(new Set(kinds.flatMap((k) => KIND_ROLES[k] ?? [])));

  return (
    <section className={s.section} aria-label={heading}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      {tables.length === 0 && (
        <div className={s.kindRow}>
          <Badge className={s.kindBadge} appearance="tint" color="warning" shape="rounded">
            {t(lang, 'kindNone')}
          </Badge>
        </div>
      )}
      {tables.length === 1 && body(tables[0], 0, true)}
      {tables.length > 1 && (
        <Accordion multiple collapsible defaultOpenItems={['table-0']}>
          {tables.map((tb, i) => (
            <AccordionItem key={`${i}-${tb.kind}-${tb.headerRows[0]}`} value={`table-${i}`}>
              <AccordionHeader size="small" className={s.accordionHeader}>
                {`${t(lang, 'tableN', { n: i + 1 })} · ${kindName(tb.kind, lang)}`}
              </AccordionHeader>
              <AccordionPanel className={s.panel}>{body(tb, i, false)}</AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {ignored.length > 0 && (
        <div className={s.table}>
          <Text weight="semibold" size={200}>
            {t(lang, 'ignoredColumns')}
          </Text>
          <ul className={s.list} aria-label={t(lang, 'ignoredColumns')}>
            {ignored.map((col) => (
              <ColumnRow key={col} column={col} value={IGNORE} roles={sheetRoles} corrected lang={lang} disabled={disabled} onRole={onRole} />
            ))}
          </ul>
        </div>
      )}
      {tables.some((tb) => tb.chosen) && onChooseKind && (
        <div className={s.footer} data-chosen-kind="">
          <Caption1 className={s.muted}>{t(lang, 'kindChosen')}</Caption1>
          <Button size="small" disabled={disabled} onClick={() => onChooseKind(null)}>
            {t(lang, 'kindAuto')}
          </Button>
        </div>
      )}
      {onHeaderRows && (
        <HeaderRowsForm
          key={`${report.name}-${tables[0]?.headerRows.join('-') ?? ''}`}
          lang={lang}
          disabled={disabled}
          current={tables[0]?.headerRows}
          onHeaderRows={onHeaderRows}
        />
      )}
      {onDirection && tables.some((tb) => tb.kind === 'indicator-plan' || tb.kind === 'target-result') && (
        <DirectionForm
          lang={lang}
          disabled={disabled}
          rows={[Math.min(...tables.map((tb) => tb.dataRows[0])), Math.max(...tables.map((tb) => tb.dataRows[1]))]}
          onDirection={onDirection}
        />
      )}
      {anyCorrection && (
        <div className={s.footer}>
          <Button size="small" disabled={disabled} title={t(lang, 'resetRolesHint')} onClick={onReset}>
            {t(lang, 'resetRoles')}
          </Button>
        </div>
      )}
      {tables.length === 0 && !anyCorrection && <Body1 className={s.muted}>{t(lang, 'columnsNone')}</Body1>}
    </section>
  );
}
