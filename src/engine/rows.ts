/**
 * The row model shared by every kind: sections (I, II / A, B, upper-case
 * names), items, parts of the item above (`-`, `+`, `a`, "Trong đó …"),
 * "Trong đó:" labels, TỔNG SỐ rows and blanks.
 */
import type { Grid } from './grid';
import { cellAt, isBlank } from './grid';
import type { Column, RowModel, RowType, Table } from './table';
import { cellText, fold, isMostlyUpper, romanValue } from './text';
import { directionOf } from './vocabulary/direction';
import { isRateName } from './vocabulary/rates';

const RANK = /xep hang|thu hang|vi thu|^hang$|\bhang\b.*\/|index/;
const TOTAL =
  /^(tong so|tong cong|tong|cong|tong von|tong so von)\b[:.]?\s*$|^(tong so|tong cong)\s*[:(]|^(tong so|tong cong|toan tinh|ca nuoc|toan thanh pho)\s*(-\s*)?(total|whole (province|country|city))\b/;
/** A label opening a breakdown of the row above ("Phân theo loại hình kinh tế", "Chia ra", "Trong đó"). */
const BREAKDOWN = /^(phan theo|chia theo|chia ra|trong do)\b/;
/** Names that start a new indicator, not a part of the one above. */
const INDICATOR_START = /^(ty le|ty so|ty suat|so luong|so |tong |doanh thu|san luong|gia tri|mat do|chi so|toc do|thu nhap|dien tich|nang suat)/;

/** Smaller is better for the indicator this text names (see vocabulary/direction). */
export function isLowerBetter(text: string): boolean {
  return directionOf(fold(text)).direction === 'lower';
}

function rowType(stt: string, name: string, fname: string, hasNumbers: boolean): { type: RowType; level?: number } {
  const s = stt.replace(/[.)]$/, '').trim();
  if (s === '' && name === '' && !hasNumbers) return { type: 'blank' };
  if (TOTAL.test(fname) && (s === '' || /^[A-Z]$/.test(s) === false)) return { type: 'total' };
  if (romanValue(s) !== null) return { type: 'section', level: 2 };
  if (/^[A-Z]$/.test(s)) return { type: 'section', level: 1 };
  if (/^[-+*•·–]$/.test(s) || /^[a-zđ]$/.test(s) || fname.startsWith('trong do')) {
    if (!hasNumbers && fname.replace(/[:.\s]+$/, '') === 'trong do') return { type: 'label' };
    return { type: hasNumbers || name !== '' ? 'part' : 'blank' };
  }
  if (s === '' && !hasNumbers && isMostlyUpper(name)) return { type: 'section', level: 1 };
  if (s === '' && !hasNumbers && /:$/.test(name)) return { type: 'label' };
  // "Phân theo giới tính - By sex": a label even without its colon (yearbooks write none).
  if (s === '' && !hasNumbers && BREAKDOWN.test(fname)) return { type: 'label' };
  return { type: 'item' };
}

/** A number or mark at the start of a name: "- ", "+ ", "a) ", "I. ", "1.2. ", ". ", after "Tr.đó:" or "Trong đó:" perhaps. */
const NAME_MARK = /^(tr\.?\s*(?:đó|do)\s*:|trong (?:đó|do)\s*:)?\s*([-+•·–.]|[a-zđ]\)|[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.)\s+(?=\S)/iu;

/** Units repeat down a sheet: each is folded once. */
const FOLDED_UNITS = new Map<string, string>();

function foldUnit(text: string): string {
  let f = FOLDED_UNITS.get(text);
  if (f === undefined) {
    f = fold(text);
    if (FOLDED_UNITS.size < 1000 && text.length < 40) FOLDED_UNITS.set(text, f);
  }
  return f;
}

/** Type every row of a table's data area; parts get their parent row. */
export function buildRows(
  g: Grid,
  t: Pick<Table, 'kind' | 'columns' | 'dataTop' | 'dataBottom' | 'styles' | 'read'>,
  nameCol: Column | undefined,
  numeric: Column[]
): RowModel[] {
  const stt = t.columns.find((c) => c.role === 'stt');
  const unit = t.columns.find((c) => c.role === 'unit');
  const rows: RowModel[] = [];
  let lastItem: RowModel | undefined;
  let lastDash: RowModel | undefined;
  let labelled = false;
  // Yearbook breakdowns: the rows after a TỔNG SỐ, or after "Phân theo …"
  // under an indicator, are its parts (each "Phân theo" a breakdown of its own).
  const yearbook = t.kind === 'time-series';
  let breakdown: { anchor: RowModel; partial: boolean; group: number } | undefined;
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    let sttText = stt ? cellText(cellAt(g, r, stt.col)) : '';
    const nameText = nameCol ? cellText(cellAt(g, r, nameCol.col)) : '';
    // Without a number in the STT column, the name may carry it: "- Dịch vụ",
    // "Tr.đó: - Nông nghiệp", "a) …", "I. VỐN NSTP", ". Hoạt động tốt".
    let announced = false;
    if (sttText === '' && nameText !== '') {
      const m = NAME_MARK.exec(nameText);
      if (m) {
        sttText = m[2].replace(/\.$/, '') || '-';
        announced = m[1] !== undefined;
      }
    }
    const unitText = unit ? cellText(cellAt(g, r, unit.col)) : '';
    let hasNumbers = false;
    let fraction = false;
    for (const q of numeric) {
      const v = cellAt(g, r, q.col);
      if (typeof v === 'number' && Number.isFinite(v)) {
        hasNumbers = true; // a real number: no need to read it (it is no fraction)
        continue;
      }
      if (isBlank(v)) continue;
      const x = t.read(r, q.col);
      if (x.kind === 'number') {
        hasNumbers = true;
        if (x.shape === 'fraction') fraction = true;
      }
    }
    const folded = { name: fold(nameText), unit: foldUnit(unitText) };
    const { type, level } = rowType(sttText, nameText, folded.name, hasNumbers);
    // A rank is a fraction ("7/63") in a row named or measured as one.
    const rank = fraction && (RANK.test(folded.name) || RANK.test(folded.unit));
    const lowerIsBetter = rank || directionOf(folded.name, folded.unit).direction === 'lower';
    const rate = type !== 'blank' && folded.name !== '' && isRateName(folded.name, folded.unit);
    // Every row has every field (undefined where it does not apply): rows of one
    // shape keep the rules' loops over them fast.
    const model: RowModel = {
      row: r,
      type,
      stt: sttText,
      name: nameText,
      unit: unitText,
      folded,
      lowerIsBetter,
      rank,
      rate,
      level,
      parent: undefined,
      partial: undefined,
      group: undefined,
    };
    if (yearbook) {
      if (type === 'label' && BREAKDOWN.test(folded.name) && (breakdown?.anchor ?? lastItem)) {
        breakdown = { anchor: breakdown?.anchor ?? lastItem!, partial: folded.name.startsWith('trong do'), group: r };
        rows.push(model);
        continue;
      }
      if (type === 'item' && breakdown && sttText === '' && !INDICATOR_START.test(folded.name)) {
        model.type = 'part';
        model.parent = breakdown.anchor.row;
        model.group = breakdown.group;
        if (breakdown.partial) model.partial = true;
        rows.push(model);
        continue;
      }
      if (type === 'total') {
        rows.push(model);
        breakdown = { anchor: model, partial: false, group: r };
        lastItem = undefined;
        continue;
      }
      if (type !== 'blank') breakdown = undefined;
    }
    if (type === 'part') {
      const plus = sttText.startsWith('+');
      const parent = plus && lastDash && (!lastItem || lastDash.row > lastItem.row) ? lastDash : lastItem;
      if (parent) model.parent = parent.row;
      // The parts of a growth rate are rates too (the sectors under "Tốc độ tăng GRDP").
      if (parent?.rate) model.rate = true;
      if (labelled || announced || folded.name.startsWith('trong do')) model.partial = true;
      if (announced) labelled = true;
      if (!plus) lastDash = model;
    } else if (type === 'label') {
      labelled = true;
    } else if (type === 'item') {
      lastItem = model;
      lastDash = undefined;
      labelled = false;
    } else if (type === 'section' || type === 'total') {
      lastItem = undefined;
      lastDash = undefined;
      labelled = false;
    }
    rows.push(model);
  }
  return rows;
}
