/**
 * A read-only picture of one in-memory sheet, drawn like Excel: column
 * letters, row numbers, merged areas, number formats (Vietnamese style),
 * bold/italic/fill/wrap/borders, and the add-in's selection outlined.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellSnapshot, SheetSnapshot } from '../host/memory/types';
import { cellAddress, columnLetters, inRect, parseRange, type CellPos, type Rect } from './a1';
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
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) covered.add(`${row},${col}`);
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
    if (cell.fill) style.backgroundColor = cell.fill;
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
    if (!cell?.fill) style.backgroundColor = '#e9f5ee';
  }
  return style;
}

export function SheetGrid({ snapshot, selection, pinned, onHover, onPin }: SheetGridProps) {
  const s = useStyles();
  const layout = React.useMemo(() => layoutOf(snapshot), [snapshot]);

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
  const colActive = (c: number) => !!selection && c >= selection.left && c <= selection.right;
  const rowActive = (r: number) => !!selection && r >= selection.top && r <= selection.bottom;

  return (
    <div className={s.scroller} onMouseLeave={() => onHover(null)}>
      <table className={s.table} aria-label={snapshot.name}>
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
              <th
                key={c}
                scope="col"
                className={colActive(c) ? `${s.head} ${s.headActive}` : s.head}
              >
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
                return (
                  <td
                    key={c}
                    className={s.cell}
                    style={style}
                    rowSpan={span?.rowSpan}
                    colSpan={span?.colSpan}
                    data-cell={cellAddress(r, c)}
                    data-formula={cell?.formula ? '' : undefined}
                    title={cell?.formula ? `${cellAddress(r, c)}: ${cell.formula}` : undefined}
                    onMouseEnter={() => onHover({ row: r, col: c })}
                    onClick={() => onPin({ row: r, col: c })}
                  >
                    {text}
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
