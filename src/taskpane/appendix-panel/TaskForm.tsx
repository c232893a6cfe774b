/**
 * The form that adds a task to the list or edits one: the task's text (it
 * must not be empty), its start and end (PeriodPicker.tsx), the owning unit
 * (one of the list's units, or typed) and a note; save or cancel.
 */
import * as React from 'react';
import { Button, Combobox, Field, Input, Option, Text, Textarea } from '@fluentui/react-components';
import type { AppendixTask } from '../../engine/appendix';
import type { CellValue } from '../../engine/grid';
import { fold } from '../../engine/text';
import type { Lang } from '../../i18n/lang';
import { dateDraftOf, dateDraftText, sameDraft, type DateDraft } from '../appendix';
import { t } from '../i18n';
import { useFitHeight } from './fit-height';
import { PeriodPicker } from './PeriodPicker';
import { useStyles } from './styles';

function textValue(s: string): CellValue {
  const v = s.trim();
  return v === '' ? null : v;
}

/** Add a task, or edit one: its text, start, end, owning unit and note. */
export function TaskForm(props: {
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
  const taskBox = useFitHeight(text);

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

  // The units offered: all while nothing is typed (or a unit was just chosen), else those that hold what is typed, marks or not ("noi vu" finds "Sở Nội vụ").
  const typed = fold(owner.trim());
  const chosen = owners.includes(owner);
  const shown = !typed || chosen ? owners : owners.filter((o) => fold(o).includes(typed));

  return (
    <div className={s.form} role="group" aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Field
        label={t(lang, 'apxTask')}
        validationState={tried && empty ? 'error' : 'none'}
        validationMessage={tried && empty ? t(lang, 'apxTaskRequired') : undefined}
      >
        <Textarea ref={taskBox} resize="vertical" rows={3} value={text} onChange={(_, d) => setText(d.value)} />
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
          {shown.map((o) => (
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
