/**
 * The appendix panel that "Phụ lục" opens: gather the key tasks (from the
 * active sheet's task list, from the selection, or typed in a small form),
 * put them in order, choose the title block and the options, then insert
 * the appendix into the workbook, copy it for Word or download it as a
 * .docx. Every string comes from i18n.ts; cell text is shown as text.
 */
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { InsertAppendixOptions, InsertAppendixResult, PaneActions } from '../app/types';
import { UserFacingError } from '../app/types';
import {
  DEFAULT_SUBTITLE,
  DEFAULT_TITLE,
  appendixHtml,
  appendixText,
  buildAppendix,
  periodIn,
  type AppendixModel,
  type AppendixOptions,
  type AppendixTask,
} from '../engine/appendix';
import type { CellValue } from '../engine/grid';
import type { Lang } from '../i18n/lang';
import {
  DOCX_MIME,
  DOCX_NAME,
  CopyError,
  QUARTERS,
  copyRich,
  dateDraftOf,
  dateDraftText,
  dateValueText,
  isUnreadableDate,
  normalizeCell,
  ownersOf,
  sameDraft,
  saveFile,
  type DateDraft,
  type DateKind,
} from './appendix';
import { ErrorBar, errorDetail } from './ErrorBar';
import { t } from './i18n';

/** A task in the list, with a key that survives moves and edits. */
export interface AppendixItem {
  id: number;
  task: AppendixTask;
}

/** Everything the panel holds; the pane keeps it while the panel is closed. */
export interface AppendixDraft {
  items: AppendixItem[];
  nextId: number;
  title: string;
  subtitle: string;
  order: 'given' | 'start';
  groupByOwner: boolean;
  timeline: boolean;
  place: 'new' | 'at';
  atSheet: string;
  atCell: string;
}

export function emptyAppendixDraft(): AppendixDraft {
  return {
    items: [],
    nextId: 1,
    title: DEFAULT_TITLE,
    subtitle: DEFAULT_SUBTITLE,
    order: 'given',
    groupByOwner: false,
    timeline: false,
    place: 'new',
    atSheet: '',
    atCell: '',
  };
}

export interface AppendixPanelProps {
  actions: PaneActions;
  lang: Lang;
  /** Another action of the pane is running: writing waits for it. */
  busy: boolean;
  /** What the panel held when it was last closed. */
  initial?: AppendixDraft;
  /** Told of every change, to keep it for the next opening. */
  onDraft?(draft: AppendixDraft): void;
  onClose(): void;
}

type Working = 'list' | 'selection' | 'insert' | 'copy' | 'docx';

type Notice =
  | { kind: 'loaded'; n: number; sheet: string; address?: string }
  | { kind: 'noTaskList' }
  | { kind: 'noSelection' }
  | { kind: 'inserted'; result: InsertAppendixResult; model: AppendixModel }
  | { kind: 'copied' }
  | { kind: 'copyFailed'; detail: string }
  | { kind: 'downloaded' };

type FormState = { mode: 'add' } | { mode: 'edit'; id: number } | null;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    padding: '8px',
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  part: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    minWidth: 0,
    paddingTop: '6px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '6px',
  },
  grow: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  warn: {
    color: tokens.colorPaletteDarkOrangeForeground1,
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
  item: {
    display: 'grid',
    gridTemplateColumns: '24px minmax(0, 1fr)',
    columnGap: '6px',
    padding: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  editing: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  number: {
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'right',
  },
  itemBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  taskText: {
    whiteSpace: 'pre-wrap',
  },
  itemTools: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '4px',
  },
  tool: {
    minWidth: '28px',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    padding: '6px',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  period: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
  },
  periodControls: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr)',
    columnGap: '4px',
  },
  periodText: {
    gridColumnStart: 2,
    gridColumnEnd: 4,
  },
  control: {
    minWidth: 0,
    width: '100%',
  },
  switch: {
    marginLeft: '-8px',
  },
  buttons: {
    display: 'flex',
    // A row, also where it is merged with `part` (a column): else each
    // button's 120 px flex-basis made it 120 px tall.
    flexDirection: 'row',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '6px',
  },
  button: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  notes: {
    margin: 0,
    paddingLeft: '16px',
    overflowWrap: 'anywhere',
  },
});

function textValue(s: string): CellValue {
  const v = s.trim();
  return v === '' ? null : v;
}

/** Kind, month or quarter, and year; or the date as written ("Khác"). */
function PeriodPicker(props: { label: string; value: DateDraft; onChange(d: DateDraft): void; lang: Lang }) {
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
          className={s.control}
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
            className={mergeClasses(s.control, s.periodText)}
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

/** Add a task, or edit one: its text, start, end, owning unit and note. */
function TaskForm(props: {
  lang: Lang;
  initial?: AppendixTask;
  /** 1-based number of the task being edited. */
  number?: number;
  owners: string[];
  onSave(task: AppendixTask): void;
  onCancel(): void;
}) {
  const { lang, initial, number, owners, onSave, onCancel } = props;
  const s = useStyles();
  // The form starts from the task it was opened on (a new one: from this month to December).
  const [firstDrafts] = React.useState(() => {
    const now = new Date();
    const year = now.getFullYear();
    return {
      start: dateDraftOf(initial ? initial.start : `Tháng ${now.getMonth() + 1}/${year}`, { month: now.getMonth() + 1, year }),
      end: dateDraftOf(initial ? initial.end : `Tháng 12/${year}`, { month: 12, year }),
    };
  });
  const [text, setText] = React.useState(initial?.task ?? '');
  const [start, setStart] = React.useState<DateDraft>(firstDrafts.start);
  const [end, setEnd] = React.useState<DateDraft>(firstDrafts.end);
  const [owner, setOwner] = React.useState(initial?.owner ?? '');
  const [note, setNote] = React.useState(initial?.note ?? '');
  const title = initial && number ? t(lang, 'apxFormEdit', { n: number }) : t(lang, 'apxFormAdd');
  const empty = text.trim() === '';
  const [tried, setTried] = React.useState(false);

  const save = () => {
    if (empty) {
      setTried(true);
      return;
    }
    const startSame = !!initial && sameDraft(start, firstDrafts.start);
    const endSame = !!initial && sameDraft(end, firstDrafts.end);
    const task: AppendixTask = {
      ...(initial ?? {}),
      task: text.trim(),
      start: startSame && initial ? initial.start : textValue(dateDraftText(start)),
      end: endSame && initial ? initial.end : textValue(dateDraftText(end)),
      owner: owner.trim(),
      note: note.trim(),
    };
    if (initial?.cells) {
      const cells = { ...initial.cells };
      // A date typed anew no longer comes from its cell.
      if (!startSame) delete cells.start;
      if (!endSame) delete cells.end;
      task.cells = cells;
    }
    onSave(task);
  };

  const shown = owners.filter((o) => o !== owner);

  return (
    <div className={s.form} role="group" aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Field
        label={t(lang, 'apxTask')}
        validationState={tried && empty ? 'error' : 'none'}
        validationMessage={tried && empty ? t(lang, 'apxTaskRequired') : undefined}
      >
        <Textarea resize="vertical" rows={3} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <PeriodPicker label={t(lang, 'apxStart')} value={start} onChange={setStart} lang={lang} />
      <PeriodPicker label={t(lang, 'apxEnd')} value={end} onChange={setEnd} lang={lang} />
      <Field label={t(lang, 'apxOwner')}>
        <Combobox
          freeform
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          onOptionSelect={(_, d) => {
            // Typing past a chosen unit clears the choice; the text typed stays.
            const chosen = d.optionText ?? d.optionValue;
            if (chosen !== undefined && d.selectedOptions.length > 0) setOwner(chosen);
          }}
        >
          {(shown.length ? shown : owners).map((o) => (
            <Option key={o} value={o}>
              {o}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t(lang, 'apxNote')}>
        <Input value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <div className={s.buttons}>
        <Button className={s.button} appearance="primary" onClick={save}>
          {initial ? t(lang, 'apxSave') : t(lang, 'apxAddConfirm')}
        </Button>
        <Button className={s.button} onClick={onCancel}>
          {t(lang, 'cancel')}
        </Button>
      </div>
    </div>
  );
}

function DateText(props: { value: CellValue; lang: Lang }) {
  const text = dateValueText(props.value);
  return <>{text || t(props.lang, 'apxNoDate')}</>;
}

/** A task of the list with its tools: up, down, edit, remove. */
function TaskRow(props: {
  item: AppendixItem;
  index: number;
  count: number;
  lang: Lang;
  editing: boolean;
  disabled: boolean;
  onMove(delta: -1 | 1): void;
  onEdit(): void;
  onRemove(): void;
}) {
  const { item, index, count, lang, editing, disabled, onMove, onEdit, onRemove } = props;
  const s = useStyles();
  const { task } = item;
  const n = index + 1;
  const bad = [task.start, task.end].filter((v) => isUnreadableDate(v)).map((v) => dateValueText(v));
  return (
    <li className={mergeClasses(s.item, editing && s.editing)} data-task={index}>
      <Body1 className={s.number}>{n}</Body1>
      <div className={s.itemBody}>
        <Body1 className={s.taskText}>{task.task}</Body1>
        <Caption1 className={s.muted}>
          <DateText value={task.start} lang={lang} /> – <DateText value={task.end} lang={lang} /> · {task.owner || t(lang, 'apxNoOwner')}
        </Caption1>
        {task.note ? <Caption1 className={s.muted}>{task.note}</Caption1> : null}
        {bad.map((b, i) => (
          <Caption1 key={i} className={s.warn} data-warning="date">
            {t(lang, 'apxDateInvalid', { text: b })}
          </Caption1>
        ))}
        <div className={s.itemTools}>
          <Button
            className={s.tool}
            size="small"
            appearance="subtle"
            aria-label={t(lang, 'apxMoveUp', { n })}
            title={t(lang, 'apxMoveUp', { n })}
            disabled={disabled || index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            className={s.tool}
            size="small"
            appearance="subtle"
            aria-label={t(lang, 'apxMoveDown', { n })}
            title={t(lang, 'apxMoveDown', { n })}
            disabled={disabled || index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </Button>
          <Button size="small" appearance="subtle" aria-label={t(lang, 'apxEditLabel', { n })} disabled={disabled} onClick={onEdit}>
            {t(lang, 'apxEdit')}
          </Button>
          <Button size="small" appearance="subtle" aria-label={t(lang, 'apxRemoveLabel', { n })} disabled={disabled} onClick={onRemove}>
            {t(lang, 'apxRemove')}
          </Button>
        </div>
      </div>
    </li>
  );
}

/** What an insert did, in words: where, what it replaced, the dates it could not read, what this Excel lacks. */
function InsertedNotice(props: { result: InsertAppendixResult; model: AppendixModel; lang: Lang }) {
  const { result, model, lang } = props;
  const s = useStyles();
  const params = { sheet: result.sheet, address: result.address };
  const line = result.replaced ? t(lang, 'apxInsertedReplaced', params) : result.created ? t(lang, 'apxInsertedNew', params) : t(lang, 'apxInserted', params);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <span data-result="inserted">{line}</span>
        </MessageBarBody>
      </MessageBar>
      {result.invalid.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <span>{t(lang, 'apxInvalidTitle', { n: result.invalid.length })}</span>
            <ul className={s.notes}>
              {result.invalid.map((inv, i) => {
                const row = model.rows[inv.row];
                const n = row && row.type === 'task' ? row.number : String(inv.row + 1);
                const field = t(lang, inv.field === 'start' ? 'apxFieldStart' : 'apxFieldEnd');
                return (
                  <li key={i} data-invalid={inv.source ?? ''}>
                    {t(lang, 'apxInvalidItem', { text: inv.text, field, n })}
                    {inv.source ? ` (${inv.source})` : ''}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.skipped?.includes('pageSetup') && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'apxSkippedPageSetup')}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={s.muted}>{t(lang, 'syncs', { n: result.syncs })}</Caption1>
    </>
  );
}

function NoticeView(props: { notice: Notice; lang: Lang }) {
  const { notice, lang } = props;
  switch (notice.kind) {
    case 'inserted':
      return <InsertedNotice result={notice.result} model={notice.model} lang={lang} />;
    case 'loaded':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {notice.address
              ? t(lang, 'apxLoadedRange', { n: notice.n, sheet: notice.sheet, address: notice.address })
              : t(lang, 'apxLoaded', { n: notice.n, sheet: notice.sheet })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'noTaskList':
    case 'noSelection':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(lang, notice.kind === 'noTaskList' ? 'apxNoTaskList' : 'apxNoSelection')}</MessageBarBody>
        </MessageBar>
      );
    case 'copied':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(lang, 'apxCopied')}</MessageBarBody>
        </MessageBar>
      );
    case 'copyFailed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t(lang, 'apxCopyFailed')} {notice.detail ? t(lang, 'errorDetail', { detail: notice.detail }) : ''}
          </MessageBarBody>
        </MessageBar>
      );
    case 'downloaded':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(lang, 'apxDownloaded', { name: DOCX_NAME })}</MessageBarBody>
        </MessageBar>
      );
  }
}

export function AppendixPanel({ actions, lang, busy, initial, onDraft, onClose }: AppendixPanelProps) {
  const s = useStyles();
  const [draft, setDraft] = React.useState<AppendixDraft>(() => initial ?? emptyAppendixDraft());
  const [form, setForm] = React.useState<FormState>(null);
  const [working, setWorking] = React.useState<Working | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const [sheets, setSheets] = React.useState<string[] | null>(null);

  const mounted = React.useRef(true);
  const workingRef = React.useRef<Working | null>(null);
  const latest = React.useRef({ actions, draft, onDraft });
  latest.current = { actions, draft, onDraft };

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  React.useEffect(() => {
    latest.current.onDraft?.(draft);
  }, [draft]);

  const update = (patch: Partial<AppendixDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // "Tại ô…" needs the sheet names: read them when it is chosen.
  const wantSheets = draft.place === 'at' && sheets === null;
  React.useEffect(() => {
    if (!wantSheets) return;
    let live = true;
    latest.current.actions.listSheets().then(
      (names) => {
        if (!live || !mounted.current) return;
        setSheets(names);
        setDraft((d) => (names.includes(d.atSheet) ? d : { ...d, atSheet: names[0] ?? '' }));
      },
      (err: unknown) => {
        if (!live || !mounted.current) return;
        setSheets([]);
        setError({ value: err });
      }
    );
    return () => {
      live = false;
    };
  }, [wantSheets]);

  /** Run one thing at a time; its failure shows in the panel's error bar. */
  const run = async (kind: Working, work: () => Promise<void>) => {
    if (workingRef.current) return;
    workingRef.current = kind;
    setWorking(kind);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      if (mounted.current) setError({ value: err });
    } finally {
      workingRef.current = null;
      if (mounted.current) setWorking(null);
    }
  };

  const load = (from: 'list' | 'selection') =>
    void run(from, async () => {
      const a = latest.current.actions;
      const read = from === 'list' ? await a.readTasks() : await a.readSelectionTasks();
      if (!mounted.current) return;
      if (!read || read.tasks.length === 0) {
        setNotice({ kind: from === 'list' ? 'noTaskList' : 'noSelection' });
        return;
      }
      setForm(null);
      setDraft((d) => ({
        ...d,
        items: read.tasks.map((task, i) => ({ id: d.nextId + i, task })),
        nextId: d.nextId + read.tasks.length,
        atSheet: d.atSheet || read.sheet,
      }));
      setNotice({ kind: 'loaded', n: read.tasks.length, sheet: read.sheet, address: read.address });
    });

  const appendixOptions = (): AppendixOptions => ({
    title: draft.title,
    subtitle: draft.subtitle,
    order: draft.order,
    groupByOwner: draft.groupByOwner,
    timeline: draft.timeline,
  });

  const tasks = draft.items.map((i) => i.task);
  const cell = normalizeCell(draft.atCell);
  const placeReady = draft.place === 'new' || (!!draft.atSheet && cell !== null);

  const insert = () =>
    void run('insert', async () => {
      const options = appendixOptions();
      const opts: InsertAppendixOptions = { ...options };
      if (draft.place === 'at' && cell) opts.at = { sheet: draft.atSheet, cell };
      const result = await latest.current.actions.insertAppendix(tasks, opts);
      if (!mounted.current) return;
      setNotice({ kind: 'inserted', result, model: buildAppendix(tasks, options) });
      // A new sheet may have been added.
      setSheets(null);
    });

  const copy = () =>
    void run('copy', async () => {
      // No await before the clipboard call: the click's permission must still hold.
      const model = buildAppendix(tasks, appendixOptions());
      try {
        await copyRich(appendixHtml(model), appendixText(model));
        if (mounted.current) setNotice({ kind: 'copied' });
      } catch (err) {
        const cause = err instanceof CopyError ? err.cause : err;
        const detail = cause === undefined ? '' : errorDetail(cause);
        if (mounted.current) setNotice({ kind: 'copyFailed', detail });
      }
    });

  const download = () =>
    void run('docx', async () => {
      const model = buildAppendix(tasks, appendixOptions());
      try {
        // Loaded only now: the Word writer stays out of the pane's first screen.
        const { appendixDocx } = await import(/* webpackChunkName: "docx" */ '../export/docx');
        const bytes = await appendixDocx(model);
        saveFile(bytes, DOCX_NAME, DOCX_MIME);
      } catch (err) {
        const detail = errorDetail(err);
        throw new UserFacingError(
          `${t('vi', 'apxDownloadFailed')} ${t('vi', 'errorDetail', { detail })}`,
          `${t('en', 'apxDownloadFailed')} ${t('en', 'errorDetail', { detail })}`,
          err
        );
      }
      if (mounted.current) setNotice({ kind: 'downloaded' });
    });

  const move = (index: number, delta: -1 | 1) =>
    setDraft((d) => {
      const j = index + delta;
      if (j < 0 || j >= d.items.length) return d;
      const items = d.items.slice();
      [items[index], items[j]] = [items[j], items[index]];
      return { ...d, items };
    });

  const remove = (id: number) => {
    setDraft((d) => ({ ...d, items: d.items.filter((i) => i.id !== id) }));
    if (form && form.mode === 'edit' && form.id === id) setForm(null);
  };

  const saveTask = (task: AppendixTask) => {
    const f = form;
    if (!f) return;
    setDraft((d) =>
      f.mode === 'edit'
        ? { ...d, items: d.items.map((i) => (i.id === f.id ? { ...i, task } : i)) }
        : { ...d, items: [...d.items, { id: d.nextId, task }], nextId: d.nextId + 1 }
    );
    setForm(null);
  };

  const owners = ownersOf(tasks.map((x) => x.owner));
  const period = periodIn((draft.title.trim() || DEFAULT_TITLE).toLocaleUpperCase('vi'));
  const isWorking = working !== null;
  const none = draft.items.length === 0;
  const editing = form && form.mode === 'edit' ? form.id : null;
  const editIndex = editing !== null ? draft.items.findIndex((i) => i.id === editing) : -1;
  const panelTitle = t(lang, 'apxTitle');

  const formView = form && (
    <TaskForm
      key={form.mode === 'edit' ? `edit-${form.id}` : 'add'}
      lang={lang}
      initial={form.mode === 'edit' ? draft.items[editIndex]?.task : undefined}
      number={form.mode === 'edit' ? editIndex + 1 : undefined}
      owners={owners}
      onSave={saveTask}
      onCancel={() => setForm(null)}
    />
  );

  return (
    <section className={s.panel} aria-label={panelTitle} aria-busy={isWorking}>
      <Subtitle2 as="h2">{panelTitle}</Subtitle2>

      <div className={s.row} role="group" aria-label={t(lang, 'apxSources')}>
        <Button className={s.grow} disabled={isWorking} title={t(lang, 'apxFromListHint')} onClick={() => load('list')}>
          {t(lang, 'apxFromList')}
        </Button>
        <Button className={s.grow} disabled={isWorking} title={t(lang, 'apxFromSelectionHint')} onClick={() => load('selection')}>
          {t(lang, 'apxFromSelection')}
        </Button>
      </div>

      {isWorking && <Spinner size="tiny" labelPosition="after" label={t(lang, 'apxWorking')} />}
      {error && <ErrorBar error={error.value} lang={lang} />}
      <div role="status">{notice && <NoticeView notice={notice} lang={lang} />}</div>

      <section className={s.part} aria-label={t(lang, 'apxTasks', { n: draft.items.length })}>
        <Text weight="semibold">{t(lang, 'apxTasks', { n: draft.items.length })}</Text>
        {none && <Caption1 className={s.muted}>{t(lang, 'apxTasksNone')}</Caption1>}
        {!none && (
          <ol className={s.list}>
            {draft.items.map((item, i) => (
              <React.Fragment key={item.id}>
                <TaskRow
                  item={item}
                  index={i}
                  count={draft.items.length}
                  lang={lang}
                  editing={editing === item.id}
                  disabled={isWorking}
                  onMove={(delta) => move(i, delta)}
                  onEdit={() => setForm({ mode: 'edit', id: item.id })}
                  onRemove={() => remove(item.id)}
                />
                {editing === item.id && <li>{formView}</li>}
              </React.Fragment>
            ))}
          </ol>
        )}
        {form && form.mode === 'add' ? (
          formView
        ) : (
          <div>
            <Button size="small" disabled={isWorking} onClick={() => setForm({ mode: 'add' })}>
              {`+ ${t(lang, 'apxAdd')}`}
            </Button>
          </div>
        )}
      </section>

      <section className={s.part} aria-label={t(lang, 'apxOptions')}>
        <Text weight="semibold">{t(lang, 'apxOptions')}</Text>
        <Field label={t(lang, 'apxTitleLabel')} hint={t(lang, 'apxTitleHint')}>
          <Textarea resize="vertical" rows={2} value={draft.title} onChange={(_, d) => update({ title: d.value })} />
        </Field>
        <Field label={t(lang, 'apxSubtitle')}>
          <Textarea resize="vertical" rows={2} value={draft.subtitle} onChange={(_, d) => update({ subtitle: d.value })} />
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

      <div className={mergeClasses(s.part, s.buttons)}>
        <Button className={s.button} appearance="primary" title={t(lang, 'apxInsertHint')} disabled={busy || isWorking || none || !placeReady} onClick={insert}>
          {t(lang, 'apxInsert')}
        </Button>
        <Button className={s.button} title={t(lang, 'apxCopyHint')} disabled={isWorking || none} onClick={copy}>
          {t(lang, 'apxCopy')}
        </Button>
        <Button className={s.button} title={t(lang, 'apxDocxHint')} disabled={isWorking || none} onClick={download}>
          {t(lang, 'apxDocx')}
        </Button>
        <Button className={s.button} appearance="subtle" onClick={onClose}>
          {t(lang, 'apxClose')}
        </Button>
      </div>
    </section>
  );
}
