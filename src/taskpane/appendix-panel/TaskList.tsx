/**
 * The panel's list of tasks: its count, each task numbered with its dates,
 * owning unit and note (and a warning for a date that cannot be read), the
 * tools to move it up or down, edit or remove it; the form (TaskForm.tsx)
 * opens under the task being edited, or at the end to add one.
 */
import * as React from 'react';
import { Body1, Button, Caption1, Text, mergeClasses } from '@fluentui/react-components';
import type { AppendixTask } from '../../engine/appendix';
import type { CellValue } from '../../engine/grid';
import type { Lang } from '../../i18n/lang';
import { dateValueText, isUnreadableDate, ownersOf } from '../appendix';
import { t } from '../i18n';
import type { AppendixItem } from './draft';
import { useStyles } from './styles';
import { TaskForm } from './TaskForm';
import type { FormState } from './useAppendixPanel';

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

/** The "Nhiệm vụ" part: the tasks, the form where it is open, and "+ Thêm nhiệm vụ". */
export function TaskList(props: {
  items: AppendixItem[];
  lang: Lang;
  /** The panel is working: the tools wait. */
  disabled: boolean;
  form: FormState;
  onForm(form: FormState): void;
  onMove(index: number, delta: -1 | 1): void;
  onRemove(id: number): void;
  onSave(task: AppendixTask): void;
}) {
  const { items, lang, disabled, form, onForm, onMove, onRemove, onSave } = props;
  const s = useStyles();
  const owners = ownersOf(items.map((i) => i.task.owner));
  const none = items.length === 0;
  const editing = form && form.mode === 'edit' ? form.id : null;
  const editIndex = editing !== null ? items.findIndex((i) => i.id === editing) : -1;

  const formView = form && (
    <TaskForm
      key={form.mode === 'edit' ? `edit-${form.id}` : 'add'}
      lang={lang}
      initial={form.mode === 'edit' ? items[editIndex]?.task : undefined}
      number={form.mode === 'edit' ? editIndex + 1 : undefined}
      owners={owners}
      onSave={onSave}
      onCancel={() => onForm(null)}
    />
  );

  return (
    <section className={s.part} aria-label={t(lang, 'apxTasks', { n: items.length })}>
      <Text weight="semibold">{t(lang, 'apxTasks', { n: items.length })}</Text>
      {none && <Caption1 className={s.muted}>{t(lang, 'apxTasksNone')}</Caption1>}
      {!none && (
        <ol className={s.list}>
          {items.map((item, i) => (
            <React.Fragment key={item.id}>
              <TaskRow
                item={item}
                index={i}
                count={items.length}
                lang={lang}
                editing={editing === item.id}
                disabled={disabled}
                onMove={(delta) => onMove(i, delta)}
                onEdit={() => onForm({ mode: 'edit', id: item.id })}
                onRemove={() => onRemove(item.id)}
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
          <Button size="small" disabled={disabled} onClick={() => onForm({ mode: 'add' })}>
            {`+ ${t(lang, 'apxAdd')}`}
          </Button>
        </div>
      )}
    </section>
  );
}
