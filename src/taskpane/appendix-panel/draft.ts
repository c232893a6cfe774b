/**
 * What the appendix panel holds: the tasks in their order (each with a key
 * that survives moves and edits), the title block and the options. The pane
 * keeps it while the panel is closed (App.tsx), and the panel starts from it.
 */
import { DEFAULT_SUBTITLE, DEFAULT_TITLE, type AppendixTask } from '../../engine/appendix';

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
