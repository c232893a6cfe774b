/**
 * The appendix panel that "Phụ lục" opens: gather the key tasks (from the
 * active sheet's task list, from the selection, or typed in a small form),
 * put them in order, choose the title block and the options, then insert
 * the appendix into the workbook, copy it for Word or download it as a
 * .docx. Every string comes from i18n.ts; cell text is shown as text.
 *
 * This file lays the panel out: its title, the two sources, what is running,
 * the error bar and the notices (Notices.tsx), then the tasks (TaskList.tsx,
 * TaskForm.tsx, PeriodPicker.tsx), the options (Options.tsx) and the buttons
 * (ActionBar.tsx). Its state and actions are in useAppendixPanel.ts; the
 * draft the pane keeps, in draft.ts; the pure helpers, in ../appendix.ts.
 */
import { Button, Spinner, Subtitle2 } from '@fluentui/react-components';
import type { PaneActions } from '../../app/types';
import type { Lang } from '../../i18n/lang';
import { ErrorBar } from '../ErrorBar';
import { t } from '../i18n';
import { ActionBar } from './ActionBar';
import type { AppendixDraft } from './draft';
import { NoticeView } from './Notices';
import { Options } from './Options';
import { useStyles } from './styles';
import { TaskList } from './TaskList';
import { useAppendixPanel } from './useAppendixPanel';

export { emptyAppendixDraft, type AppendixDraft, type AppendixItem } from './draft';

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

export function AppendixPanel({ actions, lang, busy, initial, onDraft, onClose }: AppendixPanelProps) {
  const s = useStyles();
  const { draft, update, form, setForm, working, notice, error, sheets, cell, placeReady, load, insert, copy, download, move, remove, saveTask } =
    useAppendixPanel({ actions, initial, onDraft });
  const isWorking = working !== null;
  const none = draft.items.length === 0;
  const panelTitle = t(lang, 'apxTitle');

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

      <TaskList items={draft.items} lang={lang} disabled={isWorking} form={form} onForm={setForm} onMove={move} onRemove={remove} onSave={saveTask} />

      <Options draft={draft} lang={lang} sheets={sheets} cell={cell} update={update} />

      <ActionBar
        lang={lang}
        busy={busy}
        isWorking={isWorking}
        none={none}
        placeReady={placeReady}
        onInsert={insert}
        onCopy={copy}
        onDownload={download}
        onClose={onClose}
      />
    </section>
  );
}
