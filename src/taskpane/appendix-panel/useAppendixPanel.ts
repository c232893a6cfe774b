/**
 * The appendix panel's state and what it does, apart from what it shows:
 * the draft (told to the pane at every change), the form that is open, the
 * one thing running at a time (loading the tasks, inserting, copying,
 * downloading), its notice or error, and the workbook's sheets for "Tại ô…".
 */
import * as React from 'react';
import type { InsertAppendixOptions, PaneActions } from '../../app/types';
import { UserFacingError } from '../../app/types';
import { appendixHtml, appendixText, buildAppendix, DEFAULT_TITLE, type AppendixOptions, type AppendixTask } from '../../engine/appendix';
import { DOCX_MIME, DOCX_NAME, CopyError, copyRich, normalizeCell, saveFile } from '../appendix';
import { errorDetail } from '../ErrorBar';
import { emptyAppendixDraft, type AppendixDraft } from './draft';
import type { Notice } from './Notices';

export type Working = 'list' | 'selection' | 'insert' | 'copy' | 'docx';

export type FormState = { mode: 'add' } | { mode: 'edit'; id: number } | null;

export function useAppendixPanel({ actions, initial, onDraft }: { actions: PaneActions; initial?: AppendixDraft; onDraft?(draft: AppendixDraft): void }) {
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
        // The list's own title (and so its plan period), unless the planner has typed one.
        title: read.title && (d.title.trim() === '' || d.title === DEFAULT_TITLE) ? read.title : d.title,
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
        const { appendixDocx } = await import(/* webpackChunkName: "docx" */ '../../export/docx');
        const bytes = await appendixDocx(model);
        saveFile(bytes, DOCX_NAME, DOCX_MIME);
      } catch (err) {
        const detail = errorDetail(err);
        throw new UserFacingError('download-failed', { detail }, err);
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

  return {
    draft,
    update,
    form,
    setForm,
    working,
    notice,
    error,
    sheets,
    cell,
    placeReady,
    load,
    insert,
    copy,
    download,
    move,
    remove,
    saveTask,
  };
}
