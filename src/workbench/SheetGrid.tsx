/**
 * A picture of one in-memory sheet, drawn like Excel: column letters, row
 * numbers, merged areas, number formats (Vietnamese style),
 * bold/italic/fill/wrap/borders, the add-in's marking (conditional fill)
 * and its selection outlined. A person can edit a cell: double-click it, or
 * pin it (click, arrow keys) and press Enter or F2 or start typing; Enter
 * commits, Escape cancels.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellSnapshot, SheetSnapshot } from '../host/memory/types';
import { cellAddress, columnLetters, inRect, parseRange, type CellPos, type Rect } from './a1';
import { textToNumber } from '../host/memory/formula';
import { formatCellValue } from './numfmt';
import { t } from '../taskpane/i18n';

export interface SheetGridProps {
  snapshot: SheetSnapshot;
  /** The add-in's selection on this sheet (from memoryExcel.selection()). */
  selection: Rect | null;
  /** The cell the formula bar is pinned to (clicked). */
  pinned: CellPos | null;
  onHover(pos: CellPos | null): void;
  onPin(pos: CellPos): void;
  /**
   * Commit what a person typed into a cell (as Excel would store it).
   * Absent: the grid is read-only.
   */
  onEdit?(pos: CellPos, text: string): void;
}

interface Editing {
  row: number;
  col: number;
  text: string;
}

const EXCEL_GREEN = '#217346';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: '#ffffff',
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '13px',
    lineHeight: '18px',
    color: '#000000',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: tokens.colorNeutralForeground2,
    fontWeight: 400,
    fontSize: '12px',
    border: '1px solid #d4d4d4',
    padding: '0 2px',
    height: '20px',
  },
  headActive: {
    backgroundColor: '#d3f0e0',
    color: EXCEL_GREEN,
    fontWeight: 600,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: tokens.colorNeutralForeground2,
    fontWeight: 400,
    fontSize: '12px',
    border: '1px solid #d4d4d4',
    textAlign: 'center',
    padding: '0 2px',
  },
  corner: {
    left: 0,
    zIndex: 3,
  },
  cell: {
    border: '1px solid #e2e2e2',
    padding: '1px 4px',
    overflow: 'hidden',
    verticalAlign: 'bottom',
    cursor: 'cell',
  },
  editor: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: '60px',
    margin: 0,
    padding: '0 2px',
    border: `2px solid ${EXCEL_GREEN}`,
    outlineStyle: 'none',
    font: 'inherit',
    backgroundColor: '#ffffff',
    color: '#000000',
  },
  empty: {
    padding: '24px',
    color: tokens.colorNeutralForeground3,
  },
});

interface Layout {
  /** "r,c" of a merge's top-left cell → its spans. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** "r,c" of the cells a merge covers (other than its top-left). */
  covered: Set<string>;
  widths: number[];
}

function layoutOf(snapshot: SheetSnapshot): Layout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of snapshot.merges) {
    const r = parseRange(m);
    if (!r) continue;
    spans.set(`${r.top},${r.left}`, {
      rowSpan: r.bottom - r.top + 1,
      colSpan: r.right - r.left + 1,
    });
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(`${row},${col}`);
  }
  const widths: number[] = [];
  for (let c = 0; c < snapshot.colCount; c++) {
    let chars = 4;
    for (let r = 0; r < snapshot.rowCount; r++) {
      const key = `${r},${c}`;
      const span = spans.get(key);
      if (covered.has(key) || (span && span.colSpan > 1)) continue;
      const cell = snapshot.cells[r]?.[c];
      if (!cell) continue;
      const text = formatCellValue(cell.value, cell.numberFormat);
      const cap = cell.wrap ? 14 : 36;
      chars = Math.max(chars, Math.min(text.length, cap));
    }
    widths.push(Math.round(chars * 7.2 + 12));
  }
  return { spans, covered, widths };
}

function alignOf(cell: CellSnapshot): React.CSSProperties['textAlign'] {
  const h = (cell.horizontal ?? '').toLowerCase();
  if (h === 'center' || h === 'centeracrossselection') return 'center';
  if (h === 'right') return 'right';
  if (h === 'left') return 'left';
  if (h === 'justify' || h === 'distributed') return 'justify';
  if (typeof cell.value === 'number') return 'right';
  if (typeof cell.value === 'boolean') return 'center';
  return 'left';
}

function cellStyle(cell: CellSnapshot | undefined, selected: boolean): React.CSSProperties {
  const style: React.CSSProperties = {};
  if (cell) {
    if (cell.bold) style.fontWeight = 700;
    if (cell.italic) style.fontStyle = 'italic';
    // The add-in's marking (a conditional format) shows over the cell's own fill.
    const fill = cell.markFill ?? cell.fill;
    if (fill) style.backgroundColor = fill;
    style.textAlign = alignOf(cell);
    if (cell.wrap) {
      style.whiteSpace = 'pre-wrap';
      style.overflowWrap = 'anywhere';
      style.verticalAlign = 'middle';
    } else {
      style.whiteSpace = 'pre';
      style.textOverflow = 'ellipsis';
    }
    if (cell.border) style.border = '1px solid #5c5c5c';
  }
  if (selected) {
    style.boxShadow = `inset 0 0 0 2px ${EXCEL_GREEN}`;
    if (!cell?.fill && !cell?.markFill) style.backgroundColor = '#e9f5ee';
  }
  return style;
}

/**
 * What the cell editor starts with: the formula, or the value as one would
 * type it. Text that Excel would read as something else ("10.7", "TRUE",
 * "=…") gets the apostrophe that keeps it text, as Excel's formula bar shows.
 */
export function editText(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (typeof cell.value === 'number') return String(cell.value);
  const text = cell.value;
  if (text === '' || cell.numberFormat === '@') return text;
  const upper = text.trim().toUpperCase();
  const readAsOther = text.startsWith("'") || text.startsWith('=') || upper === 'TRUE' || upper === 'FALSE' || textToNumber(text) !== null;
  return readAsOther ? `'${text}` : text;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function SheetGrid({ snapshot, selection, pinned, onHover, onPin, onEdit }: SheetGridProps) {
  const s = useStyles();
  const layout = React.useMemo(() => layoutOf(snapshot), [snapshot]);
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  editingRef.current = editing;
  const tableRef = React.useRef<HTMLTableElement | null>(null);
  /** Focus the pinned cell after the next render (keyboard moves, end of an edit). */
  const focusPinned = React.useRef(false);

  // Another sheet: drop an edit in progress.
  React.useEffect(() => setEditing(null), [snapshot.name]);

  React.useEffect(() => {
    if (!focusPinned.current || editing || !pinned) return;
    focusPinned.current = false;
    const td = tableRef.current?.querySelector<HTMLElement>(`td[data-cell="${cellAddress(pinned.row, pinned.col)}"]`);
    td?.focus();
  });

  const startEdit = (row: number, col: number, text?: string) => {
    if (!onEdit) return;
    onPin({ row, col });
    setEditing({ row, col, text: text ?? editText(snapshot.cells[row]?.[col]) });
  };

  const finishEdit = (commit: boolean, move: boolean) => {
    const e = editingRef.current;
    if (!e) return;
    editingRef.current = null;
    setEditing(null);
    focusPinned.current = true;
    if (commit && onEdit) {
      onEdit({ row: e.row, col: e.col }, e.text);
      // Like Excel, Enter moves to the cell below.
      if (move) moveFrom(e.row, e.col, 1, 0);
    }
  };

  const moveFrom = (row: number, col: number, dr: number, dc: number) => {
    let r = row + dr;
    let c = col + dc;
    while (layout.covered.has(`${r},${c}`)) {
      r += dr;
      c += dc;
    }
    if (r < 0 || c < 0 || r >= snapshot.rowCount || c >= snapshot.colCount) return;
    focusPinned.current = true;
    onPin({ row: r, col: c });
  };

  const onCellKeyDown = (e: React.KeyboardEvent, row: number, col: number) => {
    if (editingRef.current) return;
    const delta = MOVES[e.key];
    if (delta) {
      e.preventDefault();
      moveFrom(row, col, delta[0], delta[1]);
      return;
    }
    if (!onEdit) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(row, col);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onEdit({ row, col }, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a cell replaces its content, as in Excel.
      e.preventDefault();
      startEdit(row, col, e.key);
    }
  };

  if (snapshot.rowCount === 0 || snapshot.colCount === 0) {
    return (
      <div className={s.scroller}>
        <div className={s.empty}>
          {t('vi', 'wbEmptySheet')} / {t('en', 'wbEmptySheet')}
        </div>
      </div>
    );
  }

  const cols = Array.from({ length: snapshot.colCount }, (_, c) => c);
  const rows = Array.from({ length: snapshot.rowCount }, (_, r) => r);
  // One cell is in the tab order: the pinned one, else A1.
  const tabRow = pinned ? pinned.row : 0;
  const tabCol = pinned ? pinned.col : 0;
  const colActive = (c: number) => !!selection && c >= selection.left && c <= selection.right;
  const rowActive = (r: number) => !!selection && r >= selection.top && r <= selection.bottom;

  return (
    <div className={s.scroller} onMouseLeave={() => onHover(null)}>
      <table className={s.table} aria-label={snapshot.name} ref={tableRef}>
        <colgroup>
          <col style={{ width: '40px' }} />
          {cols.map((c) => (
            <col key={c} style={{ width: `${layout.widths[c]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={`${s.head} ${s.corner}`} aria-hidden="true" />
            {cols.map((c) => (
              <th key={c} scope="col" className={colActive(c) ? `${s.head} ${s.headActive}` : s.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={rowActive(r) ? `${s.rowHead} ${s.headActive}` : s.rowHead}>
                {r + 1}
              </th>
              {cols.map((c) => {
                const key = `${r},${c}`;
                if (layout.covered.has(key)) return null;
                const span = layout.spans.get(key);
                const cell = snapshot.cells[r]?.[c];
                const selected = !!selection && inRect(selection, r, c);
                const isPinned = !!pinned && pinned.row === r && pinned.col === c;
                const style = cellStyle(cell, selected);
                if (isPinned && !selected) style.outline = `1px dashed ${tokens.colorBrandStroke1}`;
                const text = cell ? formatCellValue(cell.value, cell.numberFormat) : '';
                const address = cellAddress(r, c);
                const isEditing = !!editing && editing.row === r && editing.col === c;
                return (
                  <td
                    key={c}
                    className={s.cell}
                    style={style}
                    rowSpan={span?.rowSpan}
                    colSpan={span?.colSpan}
                    tabIndex={r === tabRow && c === tabCol ? 0 : -1}
                    data-cell={address}
                    data-formula={cell?.formula ? '' : undefined}
                    data-mark={cell?.markFill ? '' : undefined}
                    data-selected={selected ? '' : undefined}
                    title={cell?.formula ? `${address}: ${cell.formula}` : undefined}
                    onMouseEnter={() => onHover({ row: r, col: c })}
                    onClick={() => onPin({ row: r, col: c })}
                    onDoubleClick={() => startEdit(r, c)}
                    onKeyDown={(e) => onCellKeyDown(e, r, c)}
                  >
                    {editing && isEditing ? (
                      <input
                        className={s.editor}
                        autoFocus
                        value={editing.text}
                        aria-label={`${t('vi', 'wbEditLabel', { cell: address })} / ${t('en', 'wbEditLabel', { cell: address })}`}
                        onChange={(e) => {
                          const next = { row: r, col: c, text: e.target.value };
                          editingRef.current = next;
                          setEditing(next);
                        }}
                        onKeyDown={(e) => {
                          e.stopPropagation();
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            finishEdit(true, true);
                          } else if (e.key === 'Escape') {
                            e.preventDefault();
                            finishEdit(false, false);
                          }
                        }}
                        onBlur={() => finishEdit(true, false)}
                        onClick={(e) => e.stopPropagation()}
                        onDoubleClick={(e) => e.stopPropagation()}
                      />
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
