/**
 * Find every standard table of a sheet, top to bottom: a header block,
 * the kind whose vocabulary fits its columns best, the data rows down to
 * the next table's title, and the rows typed by the shared row model.
 */
import { Grid, cellAt, colLetter, computedBlocks, isBlank } from './grid';
import { findHeader, headerAt, HeaderBlock } from './header';
import { KIND_SPECS } from './kinds';
import { timeSeries } from './kinds/time-series/recognition';
import { markBreakdowns } from './breakdown';
import { findYearsDown, yearsDownRows, type YearsDownBlock } from './years-down';
import { evaluationClaim } from './vocabulary/evaluation';
import { judgeComparisons } from './comparisons';
import { NumberStyle, readCell, styleOf, voteFor, type Reading, type StyleVotes } from './numbers';
import type { Kind, Role, RoleOverrides } from './report';
import { buildRows } from './rows';
import type { Column, KindSpec, Need, Table } from './table';
import { cellText, fold, yearsIn } from './text';

const anyHeaderWord = (folded: string) => KIND_SPECS.some((k) => k.isHeaderWord(folded));

function inOwned(g: Grid, col: number, row: number): boolean {
  return computedBlocks(g).some((o) => col >= o.area.left && col <= o.area.right && row >= o.area.top && row <= o.area.bottom);
}

function columnsFor(spec: KindSpec, g: Grid, h: HeaderBlock, roles: RoleOverrides): Column[] {
  const out: Column[] = [];
  for (let c = h.left; c <= h.right; c++) {
    const labels = h.labels.get(c) ?? [];
    const header = labels.join(' / ');
    const override = roles[colLetter(c)];
    if (override === 'ignore') continue;
    let col: Column | undefined;
    if (override) {
      const years = yearsIn(fold(header));
      col = { col: c, header, role: override, corrected: true };
      if (years.length === 1) col.year = years[0];
    } else {
      const cls = spec.classify(labels);
      if (cls) col = { col: c, header, ...cls };
    }
    if (!col) continue;
    const numbering = h.numbering.get(c);
    if (numbering) col.numbering = numbering;
    if (inOwned(g, c, h.top)) col.owned = true;
    out.push(col);
  }
  if (spec.complete) {
    const blank: number[] = [];
    for (let c = h.left; c <= h.right; c++) if (!(h.labels.get(c) ?? []).length && roles[colLetter(c)] === undefined) blank.push(c);
    spec.complete(out, blank);
  }
  return out;
}

/** The best kind for a header block, with its columns; null when none fits. */
function bestKind(g: Grid, h: HeaderBlock, roles: RoleOverrides): { spec: KindSpec; columns: Column[] } | null {
  let best: { spec: KindSpec; columns: Column[]; score: number } | null = null;
  for (const spec of KIND_SPECS) {
    const columns = columnsFor(spec, g, h, roles);
    const score = spec.score(columns);
    if (score > 0 && (!best || score > best.score)) best = { spec, columns, score };
  }
  return best;
}

/** Roles every kind has: finding them says nothing about which kind a block is. */
const GENERIC: ReadonlySet<Role> = new Set<Role>(['stt', 'note', 'unit']);

export interface Unrecognised {
  /** 0-based first and last rows of the header-like block. */
  top: number;
  bottom: number;
  /** The kind that came closest, with the roles it found and the needs it lacks. */
  closest: Kind;
  found: Role[];
  missing: Need[];
}

/** How close a header block comes to a kind: its roles, and the needs they leave unmet. */
function closeness(g: Grid, h: HeaderBlock, spec: KindSpec, roles: RoleOverrides): { found: Role[]; missing: Need[]; score: number } {
  const columns = columnsFor(spec, g, h, roles);
  const found = [...new Set(columns.map((c) => c.role))];
  const missing = spec.needs.filter((n) => {
    const cols = columns.filter((c) => n.anyOf.includes(c.role));
    if (!n.atLeast) return cols.length === 0;
    return new Set(cols.map((c) => `${c.year ?? c.col} ${c.period ?? ''}`)).size < n.atLeast;
  });
  const specific = columns.filter((c) => !GENERIC.has(c.role)).length;
  return { found, missing, score: (spec.needs.length - missing.length) * 100 + specific };
}

/**
 * Every block that looks like a table header (it holds words of some kind's
 * vocabulary) but that no kind fits, with the kind that came closest: what
 * a planner needs to be told when a sheet is not recognised.
 */
export function explainUnrecognised(g: Grid, roles: RoleOverrides = {}): Unrecognised[] {
  const out: Unrecognised[] = [];
  const lastRow = g.origin.row + g.values.length - 1;
  for (let r = g.origin.row; r <= lastRow;) {
    const h = findHeader(g, anyHeaderWord, 3, lastRow - r, r);
    if (!h) break;
    if (!bestKind(g, h, roles)) {
      let best: { spec: KindSpec; found: Role[]; missing: Need[]; score: number } | null = null;
      for (const spec of KIND_SPECS) {
        const c = closeness(g, h, spec, roles);
        if (!best || c.score > best.score) best = { spec, ...c };
      }
      if (best) out.push({ top: h.top, bottom: h.bottom, closest: best.spec.kind, found: best.found, missing: best.missing });
    }
    r = h.bottom + 1;
  }
  return out;
}

const FOOTNOTE = /^(ghi chu|chu thich|chu y|nguon|nguon so lieu|source|note|notes)\b\s*[:.(-]|^\(\*+\)|^\*+\s*\S|^\(\d{1,2}\)\s+\p{L}|^\[\d{1,2}\]/u;

/** A footnote under a table: one text cell saying "Ghi chú:", "Nguồn:", "(*) …". */
export function isFootnoteRow(g: Grid, row: number, left: number, right: number): boolean {
  let text = '';
  for (let c = left; c <= right; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    if (text || typeof v !== 'string') return false;
    text = v;
  }
  return text !== '' && FOOTNOTE.test(fold(text));
}

/** Is this row a title line: one or two text cells, no numbers? */
function isTitleRow(g: Grid, row: number, left: number, right: number): boolean {
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const v = cellAt(g, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    filled++;
  }
  return filled >= 1 && filled <= 2;
}

/** Title rows right above a header (at most 4; one blank row may sit among them), top down. */
export function titleRowsAbove(g: Grid, h: Pick<HeaderBlock, 'top' | 'left' | 'right'>, floor: number): number[] {
  const rows: number[] = [];
  let gap = false;
  for (let r = h.top - 1; r >= floor && rows.length < 4; r--) {
    let empty = true;
    for (let c = h.left; c <= h.right && empty; c++) if (!isBlank(cellAt(g, r, c))) empty = false;
    if (empty) {
      if (gap) break;
      gap = true;
      continue;
    }
    if (!isTitleRow(g, r, h.left, h.right)) break;
    rows.unshift(r);
  }
  return rows;
}

/** The title rows above a header: the first, and their text joined with " — ". */
function titleAbove(g: Grid, h: HeaderBlock, floor: number): { first: number; text: string } {
  const rows = titleRowsAbove(g, h, floor);
  const text = rows
    .map((r) => {
      const parts: string[] = [];
      for (let c = h.left; c <= h.right; c++) {
        const t = cellText(cellAt(g, r, c));
        if (t) parts.push(t);
      }
      return parts.join(' ');
    })
    .join(' — ');
  return { first: rows.length ? rows[0] : h.top, text };
}

function periodOf(text: string): { from: number; to: number } | undefined {
  const f = fold(text);
  const range = /((?:19|20)\d{2})\s*(?:-|–|—|den)\s*((?:19|20)\d{2})/.exec(f);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const year = /\bnam ((?:19|20)\d{2})\b/.exec(f);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : undefined;
}

/** The header columns of a years-down table: the periods' column, and the measures. */
function yearsDownColumns(g: Grid, b: YearsDownBlock, roles: RoleOverrides): Column[] {
  const h = b.header;
  const out: Column[] = [];
  for (let c = h.left; c <= h.right; c++) {
    const labels = h.labels.get(c) ?? [];
    const override = roles[colLetter(c)];
    if (override === 'ignore') continue;
    const header = labels.join(' / ');
    const role = override ?? (c === b.timeCol ? 'time' : /^(don vi tinh|dvt|don vi)\b/.test(fold(header)) ? 'unit' : 'value');
    const col: Column = { col: c, header, role };
    if (override) col.corrected = true;
    if (inOwned(g, c, h.top)) col.owned = true;
    out.push(col);
  }
  return out;
}

/** Recognise every standard table of the sheet, top to bottom. */
export function recognizeTables(g: Grid, roles: RoleOverrides = {}, kind?: Kind, headerRows?: [number, number]): Table[] {
  const tables: Table[] = [];
  const lastRow = g.origin.row + g.values.length - 1;
  const forced = kind ? KIND_SPECS.find((k) => k.kind === kind) : undefined;
  // The header rows the planner named (1-based): the first table's header, wherever recognition would look.
  let named = headerRows ? headerAt(g, headerRows[0] - 1, headerRows[1] - 1) : null;
  // Years down the rows first: their headers have no words to find them by.
  const down: YearsDownBlock[] = [];
  for (let r = g.origin.row; r <= lastRow && (!forced || forced.kind === 'time-series');) {
    const b = findYearsDown(g, r, lastRow);
    if (!b) break;
    down.push(b);
    r = b.dataBottom + 1;
  }
  const inDown = (row: number) => down.find((b) => row >= b.header.top && row <= b.dataBottom);
  let floor = g.origin.row;
  const next = (start: number) => {
    for (let r = start; r <= lastRow;) {
      let h = findHeader(g, anyHeaderWord, 3, lastRow - r, r);
      // The named header replaces the one found where that one reaches it (or none is found before it).
      if (named && named.top >= r && (!h || h.bottom >= named.top)) {
        h = named;
        named = null;
      }
      if (!h) return null;
      const b = inDown(h.top);
      if (b) {
        r = b.dataBottom + 1;
        continue;
      }
      // The planner's choice of kind wins over the vocabulary's best guess.
      const found = forced ? { spec: forced, columns: columnsFor(forced, g, h, roles) } : bestKind(g, h, roles);
      if (found) return { h, found };
      r = h.bottom + 1;
    }
    return null;
  };
  let pending = next(g.origin.row);
  while (pending) {
    const { h, found } = pending;
    const dataTop = (h.numberingRow ?? h.bottom) + 1;
    const following = next(dataTop);
    const downBelow = down.find((b) => b.header.top > h.bottom);
    let limit = following ? titleAbove(g, following.h, dataTop).first - 1 : lastRow;
    if (downBelow && downBelow.header.top <= limit) limit = titleAbove(g, downBelow.header, dataTop).first - 1;
    const title = titleAbove(g, h, floor);
    const table = buildTable(g, found.spec, found.columns, h, dataTop, limit, title.text);
    tables.push(table);
    floor = table.dataBottom + 1;
    pending = following;
  }
  for (const b of down) {
    const above = tables.filter((t) => t.dataBottom < b.header.top).reduce((m, t) => Math.max(m, t.dataBottom + 1), g.origin.row);
    const title = titleAbove(g, b.header, above);
    const table = buildTable(g, timeSeries, yearsDownColumns(g, b, roles), b.header, b.dataTop, b.dataBottom, title.text);
    table.orientation = 'down';
    yearsDownRows(g, table, b.timeCol);
    tables.push(table);
  }
  return tables.sort((a, b) => a.header.top - b.header.top);
}

/**
 * A note or comparison column whose cells are mostly evaluation words
 * ("Đạt", "Không đạt", "Vượt") is an evaluation column, whatever its header
 * ("Ghi chú", "So với mục tiêu KH 5 năm").
 */
function judgeWordColumns(g: Grid, columns: Column[], top: number, bottom: number): void {
  for (const c of columns) {
    if (c.owned || c.corrected || (c.role !== 'note' && c.role !== 'ratio' && c.role !== 'completion')) continue;
    let filled = 0;
    let words = 0;
    for (let r = top; r <= bottom; r++) {
      const v = cellAt(g, r, c.col);
      if (isBlank(v)) continue;
      filled++;
      if (typeof v === 'string' && evaluationClaim(fold(v))) words++;
    }
    if (words >= 2 && words >= filled * 0.6) {
      c.role = 'evaluation';
      delete c.ratio;
    }
  }
}

function buildTable(g: Grid, spec: KindSpec, columns: Column[], h: HeaderBlock, dataTop: number, limitRow: number, title: string): Table {
  let limit = limitRow;
  const nameCol = columns.find((c) => c.role === spec.nameRole) ?? columns.find((c) => c.role === spec.fallbackNameRole);
  const content = columns.filter((c) => !c.owned);
  let dataBottom = dataTop - 1;
  // Footnotes under the table ("Ghi chú:", "(*)", "Nguồn:") end its data.
  for (let r = dataTop; r <= limit; r++) {
    if (isFootnoteRow(g, r, h.left, h.right)) {
      limit = r - 1;
      break;
    }
  }
  for (let r = dataTop; r <= limit; r++) {
    for (const c of content) {
      if (!isBlank(cellAt(g, r, c.col))) {
        dataBottom = r;
        break;
      }
    }
  }
  judgeWordColumns(g, columns, dataTop, dataBottom);
  const numeric = columns.filter((c) => spec.numericRoles.includes(c.role) && !c.owned);
  // Each numeric column's style from its own texts, the whole table's where they say nothing.
  const styles = new Map<number, NumberStyle>();
  // Texts read while voting are read in Vietnamese style, the usual one: kept
  // for the columns that turn out Vietnamese, so no text is read twice.
  const texts = new Map<number, Reading>();
  // The same text ("7/63", "-", "x") is read once (readings are never changed).
  const byText = new Map<string, Reading>();
  const votes = numeric.map((c) => {
    const v: StyleVotes = { vi: 0, us: 0 };
    for (let r = dataTop; r <= dataBottom; r++) {
      const x = cellAt(g, r, c.col);
      if (typeof x !== 'string') continue;
      let reading = byText.get(x);
      if (reading === undefined) byText.set(x, (reading = readCell(x, 'vi')));
      texts.set(r * 16384 + c.col, reading);
      voteFor(v, reading);
    }
    return v;
  });
  const sheetStyle = styleOf(votes.reduce((a, b) => ({ vi: a.vi + b.vi, us: a.us + b.us }), { vi: 0, us: 0 }));
  numeric.forEach((c, i) => styles.set(c.col, styleOf(votes[i], sheetStyle)));
  for (const c of numeric) {
    if (styles.get(c.col) === 'vi') continue;
    for (let r = dataTop; r <= dataBottom; r++) texts.delete(r * 16384 + c.col);
  }
  const own = columns.filter((c) => !c.owned);
  const right = own.length ? Math.max(...own.map((c) => c.col)) : h.right;
  const read = (row: number, col: number): Reading => {
    const v = cellAt(g, row, col);
    if (typeof v !== 'string') return readCell(v, styles.get(col));
    const key = row * 16384 + col;
    let r = texts.get(key);
    if (!r) texts.set(key, (r = readCell(v, styles.get(col))));
    return r;
  };
  markBreakdowns(columns, h, spec.numericRoles);
  const table: Table = { kind: spec.kind, header: h, columns, rows: [], dataTop, dataBottom, right, styles, read };
  if (title) table.title = title;
  const unit = /\b(?:don vi tinh|dvt)\s*:\s*([^()]+)/.exec(fold(title));
  if (unit) table.unit = unit[1].trim();
  const period = periodOf(`${title} ${[...h.labels.values()].flat().join(' ')}`);
  if (period) table.period = period;
  table.rows = buildRows(g, table, nameCol, numeric);
  spec.finish?.(table);
  judgeComparisons(table, (row, col) => cellAt(g, row, col));
  return table;
}
