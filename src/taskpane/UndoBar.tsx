/**
 * The pane's "Hoàn tác" (Undo): takes back the add-in's last operation
 * (computed columns, an inserted appendix, a quick fix), one step per
 * press, and says which one it will take back. Disabled while nothing
 * waits to be undone or something runs. When an undo was refused because
 * the user edited the cells since, "Vẫn hoàn tác" (Undo anyway) offers to
 * overwrite them.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { UndoEntry } from '../app/types';
import type { Lang } from '../i18n/lang';
import { t } from './i18n';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    rowGap: '2px',
    minWidth: 0,
  },
  what: {
    flexGrow: 1,
    flexBasis: '160px',
    minWidth: 0,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  done: {
    flexBasis: '100%',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export interface UndoBarProps {
  /** What can be undone, oldest first. */
  entries: UndoEntry[];
  lang: Lang;
  busy: boolean;
  /** The last undo was refused over the user's edits: offer to force it. */
  conflict: boolean;
  /** The operation the last undo took back, to say so. */
  done: UndoEntry | null;
  onUndo: (force: boolean) => void;
}

export function UndoBar({ entries, lang, busy, conflict, done, onUndo }: UndoBarProps) {
  const s = useStyles();
  const whatId = useId('undo-what');
  const next = entries.length ? entries[entries.length - 1] : null;
  const what = next ? t(lang, 'undoNext', { label: next.labels[lang] }) : t(lang, 'undoEmpty');
  return (
    <section className={s.bar} aria-label={t(lang, 'undoAreaLabel')}>
      {/* What it will take back is shown beside it, and is the button's description. */}
      <Button size="small" disabled={busy || !next} aria-describedby={whatId} onClick={() => onUndo(false)}>
        {t(lang, 'undo')}
      </Button>
      <Caption1 id={whatId} className={s.what}>
        {what}
        {entries.length > 1 && ` · ${t(lang, 'undoMore', { n: entries.length })}`}
      </Caption1>
      {conflict && next && (
        <Button size="small" appearance="outline" disabled={busy} title={t(lang, 'undoForceHint')} onClick={() => onUndo(true)}>
          {t(lang, 'undoForce')}
        </Button>
      )}
      <div role="status" className={s.done}>
        {done && <Caption1>{t(lang, 'undoDone', { label: done.labels[lang] })}</Caption1>}
      </div>
    </section>
  );
}
