/**
 * A picture of one in-memory sheet, drawn like Excel: column letters and
 * row numbers that stay in view when the sheet scrolls (drawn over the
 * cells, never under them), the workbook's column widths (Excel's default
 * where it sets none), merged areas, number formats (Vietnamese style),
 * bold/italic/fill/wrap/borders, the add-in's marking (conditional fill)
 * and its selection outlined. A person can edit a cell: double-click it, or
 * pin it (click, arrow keys) and press Enter or F2 or start typing; Enter
 * commits, Escape cancels. A limited snapshot (fewer cells than the sheet
 * has) is drawn with a note saying so.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellSnapshot, SheetSnapshot } from '../host/memory/types';
import { cellAddress, columnLetters, inRect, parseRange, type CellPos, type Rect } from './a1';
import { textToNumber } from '../host/memory/formula';
import { formatCellValue } from './numfmt';
import { t } from '../taskpane/i18n';
import type { Lang } from '../i18n/lang';

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
  /** The page's language, said first in the grid's notes (vi by default). */
  lang?: Lang;
}

interface Editing {
  row: number;
  col: number;
  text: string;
}

const EXCEL_GREEN = '#217346';
const GRIDLINE = '1px solid #e2e2e2';
const HEAD_LINE = '1px solid #c8c8c8';
const CELL_BORDER = '1px solid #5c5c5c';
/** Excel's default column width, 8.43 characters: 48 pt. */
const DEFAULT_WIDTH_PT = 48;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: '#ffffff',
  },
  table: {
    // Separate borders: a sticky header cell then carries its own lines as it moves (collapsed ones stay behind).
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '13px',
    lineHeight: '18px',
    color: '#000000',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: '#f3f3f3',
    color: tokens.colorNeutralForeground2,
    fontWeight: 400,
    fontSize: '12px',
    borderRight: HEAD_LINE,
    borderBottom: HEAD_LINE,
    padding: '0 2px',
    height: '20px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  },
  headActive: {
    backgroundColor: '#d3f0e0',
    color: EXCEL_GREEN,
    fontWeight: 600,
  },
  // Above every cell (they are not positioned), below the column letters.
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: tokens.colorNeutralForeground2,
    fontWeight: 400,
    fontSize: '12px',
    borderRight: HEAD_LINE,
    borderBottom: HEAD_LINE,
    textAlign: 'center',
    padding: '0 2px',
    whiteSpace: 'nowrap',
  },
  corner: {
    left: 0,
    zIndex: 4,
  },
  cell: {
    borderRight: GRIDLINE,
    borderBottom: GRIDLINE,
    padding: '1px 4px',
    overflow: 'hidden',
    verticalAlign: 'bottom',
    cursor: 'cell',
  },
  // Text that runs on over the empty cells to its right, as in Excel, cut where they end.
  spill: {
    display: 'inline-block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'pre',
    verticalAlign: 'bottom',
  },
  cut: {
    padding: '4px 8px',
    fontSize: '12px',
    color: tokens.colorNeutralForeground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
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
  /** Rows and columns drawn: the sheet's, or the first of them in a limited snapshot. */
  rows: number;
  cols: number;
  /** "r,c" of a merge's top-left cell → its spans (cut at the last row and column drawn) and the cells on its right and bottom edges. */
  spans: Map<string, { rowSpan: number; colSpan: number; right: CellPos; bottom: CellPos }>;
  /** "r,c" of the cells a merge covers (other than its top-left). */
  covered: Set<string>;
  /** Pixels, from the workbook's widths in points (96 dpi). */
  widths: number[];
  /** Pixels of the row-number column: wide enough for the last row's number. */
  rowHeadWidth: number;
}

/** A column width in points as the grid draws it; a hidden column (0) stays a sliver. */
export function widthPx(points: number | undefined): number {
  const pt = typeof points === 'number' && points >= 0 ? points : DEFAULT_WIDTH_PT;
  return Math.max(6, Math.round((pt * 4) / 3));
}

function layoutOf(snapshot: SheetSnapshot): Layout {
  const rows = Math.min(snapshot.rowCount, snapshot.cells.length);
  const cols = Math.min(snapshot.colCount, snapshot.cells[0]?.length ?? 0);
  const spans: Layout['spans'] = new Map();
  const covered = new Set<string>();
  for (const m of snapshot.merges) {
    const r = parseRange(m);
    if (!r || r.top >= rows || r.left >= cols) continue;
    const bottom = Math.min(r.bottom, rows - 1);
    const right = Math.min(r.right, cols - 1);
    spans.set(`${r.top},${r.left}`, {
      rowSpan: bottom - r.top + 1,
      colSpan: right - r.left + 1,
      right: { row: r.top, col: right },
      bottom: { row: bottom, col: r.left },
    });
    for (let row = r.top; row <= bottom; row++) for (let col = r.left; col <= right; col++) if (row !== r.top || col !== r.left) covered.add(`${row},${col}`);
  }
  const widths = Array.from({ length: cols }, (_, c) => widthPx(snapshot.columnWidths?.[c]));
  const rowHeadWidth = Math.max(40, String(snapshot.rowCount).length * 8 + 14);
  return { rows, cols, spans, covered, widths, rowHeadWidth };
}

/**
 * The width (px) a cell's text may take when it runs on over empty cells
 * to its right, as Excel lets text that is not wrapped, centred or right
 * aligned; null when it has none to run into (or is no such text).
 */
function spillRoom(snapshot: SheetSnapshot, layout: Layout, r: number, c: number): number | null {
  const cell = snapshot.cells[r]?.[c];
  if (!cell || typeof cell.value !== 'string' || cell.value === '' || cell.wrap) return null;
  const h = (cell.horizontal ?? '').toLowerCase();
  if (h !== '' && h !== 'left' && h !== 'general') return null;
  if (layout.spans.has(`${r},${c}`)) return null;
  let room = layout.widths[c];
  let k = c + 1;
  for (; k < layout.cols; k++) {
    const key = `${r},${k}`;
    const next = snapshot.cells[r]?.[k];
    if (layout.covered.has(key) || layout.spans.has(key) || (next && (next.value !== '' || next.formula))) break;
    room += layout.widths[k];
  }
  // The cell's padding (4 px each side).
  return k === c + 1 ? null : room - 8;
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

/**
 * A cell's style. Each cell draws its right and bottom lines (the cell's
 * own border where it has one there, else the gridline); the first row
 * and column also their top and left borders. `right` and `bottom` are the
 * cells on those edges (another one for a merged area).
 */
function cellStyle(
  cell: CellSnapshot | undefined,
  selected: boolean,
  edges: { right?: CellSnapshot; bottom?: CellSnapshot; firstRow: boolean; firstCol: boolean }
): React.CSSProperties {
  const style: React.CSSProperties = {};
  if (edges.right?.borders?.right) style.borderRight = CELL_BORDER;
  if (edges.bottom?.borders?.bottom) style.borderBottom = CELL_BORDER;
  if (edges.firstRow && cell?.borders?.top) style.borderTop = CELL_BORDER;
  if (edges.firstCol && cell?.borders?.left) style.borderLeft = CELL_BORDER;
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

export function SheetGrid({ snapshot, selection, pinned, onHover, onPin, onEdit, lang = 'vi' }: SheetGridProps) {
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
    if (r < 0 || c < 0 || r >= layout.rows || c >= layout.cols) return;
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

  const cols = Array.from({ length: layout.cols }, (_, c) => c);
  const rows = Array.from({ length: layout.rows }, (_, r) => r);
  const tableWidth = layout.rowHeadWidth + layout.widths.reduce((a, b) => a + b, 0);
  const cut = layout.rows < snapshot.rowCount || layout.cols < snapshot.colCount;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const cutParams = { rows: layout.rows, cols: layout.cols, totalRows: snapshot.rowCount, totalCols: snapshot.colCount };
  // One cell is in the tab order: the pinned one, else A1.
  const tabRow = pinned ? pinned.row : 0;
  const tabCol = pinned ? pinned.col : 0;
  const colActive = (c: number) => !!selection && c >= selection.left && c <= selection.right;
  const rowActive = (r: number) => !!selection && r >= selection.top && r <= selection.bottom;

  return (
    <>
      <div className={s.scroller} onMouseLeave={() => onHover(null)}>
        <table className={s.table} aria-label={snapshot.name} ref={tableRef} style={{ width: `${tableWidth}px` }}>
          <colgroup>
            <col style={{ width: `${layout.rowHeadWidth}px` }} />
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
                  const style = cellStyle(cell, selected, {
                    right: span ? snapshot.cells[span.right.row]?.[span.right.col] : cell,
                    bottom: span ? snapshot.cells[span.bottom.row]?.[span.bottom.col] : cell,
                    firstRow: r === 0,
                    firstCol: c === 0,
                  });
                  if (isPinned && !selected) style.outline = `1px dashed ${tokens.colorBrandStroke1}`;
                  const text = cell ? formatCellValue(cell.value, cell.numberFormat) : '';
                  const address = cellAddress(r, c);
                  const isEditing = !!editing && editing.row === r && editing.col === c;
                  const room = spillRoom(snapshot, layout, r, c);
                  if (room !== null) {
                    style.overflow = 'visible';
                    style.textOverflow = 'clip';
                  }
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
                      ) : room !== null ? (
                        <span className={s.spill} style={{ maxWidth: `${room}px` }}>
                          {text}
                        </span>
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
      {cut && (
        <div className={s.cut} role="note">
          <span lang={lang}>{t(lang, 'wbGridCut', cutParams)}</span>
          {' / '}
          <span lang={other}>{t(other, 'wbGridCut', cutParams)}</span>
        </div>
      )}
    </>
  );
}
