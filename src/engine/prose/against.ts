/**
 * Prose against the tables it is written around ("--against"): a figure
 * the text gives for an indicator of a recognised table, for a year, that
 * is not the table's figure for that indicator and year ("Tổng số thuê bao
 * điện thoại năm 2018 ước đạt 117.644 thuê bao" where Biểu số 1 says
 * 115.644).
 *
 * A sentence is judged only when it is unambiguous: it names an indicator
 * of the table by its whole name, then, before any other indicator's name,
 * gives a figure of that indicator's unit, after a year the sentence names
 * ("năm 2018"), and not for part of it ("lũy kế đến tháng 9", "6 tháng");
 * the table has a figure for that year (the estimate or the actual; the
 * plan when the words say "kế hoạch"). A figure within the rounding of what
 * either shows agrees. Anything else says nothing.
 */
import { a1, type Grid } from '../grid';
import { num } from '../messages';
import { fold } from '../text';
import type { Table } from '../table';
import type { Check, Context } from './context';
import { half, quote, round, sentenceAt } from './context';
import { sameThing, unitAfter } from './figures';
import { foldMapped } from './folded';
import type { Figure, ProseIssue } from './types';

/** One figure of a recognised table: an indicator's value for a year, and what it is. */
export interface TableFact {
  sheet: string;
  /** A1 of the value. */
  cell: string;
  /** The indicator's name as typed, and folded for matching. */
  name: string;
  folded: string;
  /** The unit folded ("thue bao", "%", "tb/100 dan"). */
  unit: string;
  year: number;
  /** estimate and actual are results; plan is a target. */
  role: 'actual' | 'estimate' | 'plan';
  value: number;
}

/** A name as prose would write it: folded, without a note in parentheses or a trailing colon. */
function matchable(name: string): string {
  return fold(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[:;,.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table's unit read as prose's units are ("TB/100 dân" → "thue bao/100 dan"). */
function unitOf(unit: string): string {
  const text = unit.trim();
  if (text === '%') return '%';
  const folded = foldMapped(text);
  return unitAfter(text, folded, 0, folded.text.length)[0];
}

/** The figures of an indicator plan table, one per indicator row and full-year column of a role. */
export function tableFacts(grid: Grid, table: Table): TableFact[] {
  if (table.kind !== 'indicator-plan') return [];
  const out: TableFact[] = [];
  const columns = table.columns.filter(
    (c) => (c.role === 'actual' || c.role === 'estimate' || c.role === 'plan') && c.year !== undefined && c.period === undefined && !c.owned
  );
  for (const row of table.rows) {
    // A rank ("7/63") is no figure prose would state as one.
    if ((row.type !== 'item' && row.type !== 'part' && row.type !== 'total') || row.rank) continue;
    const folded = matchable(row.name);
    // A name of one short word ("Khác", "Tổng") is no name to find in prose.
    if (folded.length < 8 || !folded.includes(' ')) continue;
    for (const c of columns) {
      const r = table.read(row.row, c.col);
      if (r.kind !== 'number' || r.qualifier) continue;
      out.push({
        sheet: grid.name,
        cell: a1(row.row, c.col),
        name: row.name.trim(),
        folded,
        unit: unitOf(row.unit),
        year: c.year!,
        role: c.role as TableFact['role'],
        value: r.value,
      });
    }
  }
  return out;
}

/** Where each indicator's name stands in a sentence, longest names first, none inside another found. */
function namesIn(ctx: Context, from: number, to: number, names: string[]): { name: string; at: number; end: number }[] {
  const text = ctx.folded.text;
  const found: { name: string; at: number; end: number }[] = [];
  for (const name of names) {
    let i = text.indexOf(name, from);
    while (i >= 0 && i + name.length <= to) {
      const end = i + name.length;
      const whole = (i === 0 || !/[a-z0-9]/.test(text[i - 1])) && (end >= text.length || !/[a-z0-9]/.test(text[end]));
      if (whole && !found.some((f) => i < f.end && end > f.at)) found.push({ name, at: i, end });
      i = text.indexOf(name, i + 1);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The words before a year that make it a base of comparison ("so với năm 2017", "so cùng kỳ 2017", "hơn năm 2017"). */
const BASE_YEAR = /\b(so voi|so|voi|hon|truoc)( cung ky)?( nam)? $/;

function baseYear(ctx: Context, at: number): boolean {
  return BASE_YEAR.test(ctx.folded.text.slice(Math.max(0, at - 20), at));
}

/** Words that make a figure one of part of a year, or of a date. */
const PART_OF_YEAR = /\b(luy ke|thang|quy|dau nam|den nay|den ngay|cung ky|tuan)\b/;

/** Same unit: as the table writes it, or one the other's first words ("thue bao" and "thue bao di dong"). */
function sameUnit(fig: Figure, unit: string): boolean {
  if (unit === '%') return fig.unit === '%';
  return fig.unit !== '%' && sameThing(fig.unit, unit);
}

/** The check of a text's figures against the tables' (facts): each judged is noted, each contradicted an issue. */
export const againstCheck =
  (facts: readonly TableFact[]): Check =>
  (ctx) => {
    if (!facts.length) return [];
    const names = [...new Set(facts.map((f) => f.folded))].sort((a, b) => b.length - a.length);
    const out: ProseIssue[] = [];
    for (const s of ctx.layout.sentences) {
      const [from, to] = [ctx.folded.to[s.span[0]], ctx.folded.to[s.span[1]]];
      const found = namesIn(ctx, from, to, names);
      const read = ctx.read[s.index];
      found.forEach((hit, k) => {
        const next = found[k + 1]?.at ?? to;
        const ofName = facts.filter((f) => f.folded === hit.name);
        const unit = ofName[0].unit;
        // The first figure after the name, before the next name.
        const fig = read.figures.find((f) => ctx.folded.to[f.span[0]] >= hit.end && ctx.folded.to[f.span[0]] < next);
        if (!fig || fig.approx || fig.of !== undefined || !sameUnit(fig, unit)) return;
        const at = ctx.folded.to[fig.span[0]];
        // The year: the last the sentence names before the figure, but for one compared with ("so với năm 2017").
        const years = read.years.filter((y) => ctx.folded.to[y.span[0]] < at && !baseYear(ctx, ctx.folded.to[y.span[0]]));
        const year = years[years.length - 1]?.year;
        if (year === undefined) return;
        const words = ctx.folded.text.slice(hit.end, at);
        // Part of a year ("lũy kế đến tháng 9", "6 tháng đầu năm", "quý III", "đến nay"): the table's columns are whole years.
        if (PART_OF_YEAR.test(words)) return;
        const plan = /\b(ke hoach|chi tieu|muc tieu)\b/.test(words);
        const candidates = ofName.filter((f) => f.year === year && (plan ? f.role === 'plan' : f.role !== 'plan'));
        if (!candidates.length) return;
        const start = ctx.folded.from[hit.at];
        ctx.checked.push({ check: 'table', range: [start, fig.span[1]] });
        const tol = half(fig.decimals) + 1e-9;
        if (candidates.some((f) => Math.abs(f.value - fig.value) <= tol || Math.abs(round(f.value, fig.decimals) - fig.value) <= 1e-9)) return;
        const fact = candidates.find((f) => f.role === 'estimate') ?? candidates[0];
        out.push({
          code: 'prose-table-mismatch',
          severity: 'error',
          template: 'prose-table-mismatch',
          params: {
            said: quote(ctx, [start, fig.span[1]]),
            name: fact.name,
            year: String(year),
            typed: num(fig.value, 'vi'),
            table: num(fact.value, 'vi'),
            cell: `${fact.sheet}!${fact.cell}`,
          },
          sentence: sentenceAt(ctx, start),
          range: [start, fig.span[1]],
          figures: [fig.value, fact.value],
          expected: fact.value,
        });
      });
    }
    return out;
  };
