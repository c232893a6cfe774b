/**
 * Every message the engine reports, in Vietnamese and English. Templates
 * name their parameters in braces: {cell}, {text}, {value}. The engine
 * gives a message's code and parameters (`src/engine/messages.ts`); numbers
 * and words among them are written here, in the reader's language.
 */
import type { Lang } from './lang';
import type { MessageCode, MessageParam, MessageParams, WordKey } from '../engine/messages';
import { formatNumber } from '../engine/numbers';
import { flat } from '../engine/text';
import { fillWith } from './format';

export interface MessageTemplate {
  vi: string;
  en: string;
}

export const MESSAGES = {
  'not-a-number': {
    vi: 'Cần một số cho “{column}” nhưng ô ghi “{text}”.',
    en: 'A number belongs here (“{column}”) but the cell holds “{text}”.',
  },
  'error-value': {
    vi: 'Ô chứa lỗi Excel {text} thay cho số liệu “{column}”.',
    en: 'The cell holds the Excel error {text} instead of a figure for “{column}”.',
  },
  'several-figures': {
    vi: 'Ô “{text}” có nhiều số liệu (mỗi dòng một số), không phải một con số cho “{column}”: không tính từ ô này.',
    en: 'The cell “{text}” holds several figures (one a line), not one figure for “{column}”: nothing is computed from it.',
  },
  'word-result': {
    vi: 'Ô ghi “{text}” bằng chữ thay cho số liệu “{column}”: không tính từ ô này.',
    en: 'The cell says “{text}” in words instead of a figure for “{column}”: nothing is computed from it.',
  },
  'number-as-text': {
    vi: 'Số “{text}” được gõ dạng chữ nên Excel không tính được; nên đổi thành số {fixed}.',
    en: 'The number “{text}” is typed as text, so Excel cannot compute with it; convert it to the number {fixed}.',
  },
  'ambiguous-number': {
    vi: '“{text}” dùng dấu phân cách khác với cả cột (cột viết kiểu {style}); nhiều khả năng là {other}.',
    en: '“{text}” uses separators unlike the rest of its column ({style} style); it most likely means {other}.',
  },
  'ambiguous-sum': {
    vi: '“{text}” đọc được hai cách; đọc là {other} thì các phần cộng lại đúng tổng {total}.',
    en: '“{text}” reads two ways; read as {other}, the parts add up to the total {total}.',
  },
  'approximate-value': {
    vi: '“{text}” là giá trị ước lượng; dùng {value} để tính.',
    en: '“{text}” is an approximate value; {value} is used in calculations.',
  },
  'missing-unit': {
    vi: 'Chỉ tiêu “{name}” chưa có đơn vị tính.',
    en: 'The indicator “{name}” has no unit.',
  },
  'ratio-mismatch': {
    vi: 'Tỷ lệ gõ tay {typed} khác với {label} tính từ số liệu của dòng = {expected}.',
    en: 'The typed percentage {typed} differs from {label} computed from the row’s figures = {expected}.',
  },
  'ratio-is-growth': {
    vi: 'Ô ghi {typed}, là mức tăng; cột này ({label}) cần tỷ lệ “bằng … %” = {expected}.',
    en: 'The cell holds {typed}, which is a growth; this column ({label}) asks for the ratio = {expected}.',
  },
  'growth-is-ratio': {
    vi: 'Ô ghi {typed}, là tỷ lệ “bằng … %”; cột này ({label}) ghi mức tăng, ở dòng này là {expected}.',
    en: 'The cell holds {typed}, which is a ratio; this column ({label}) holds growths, here {expected}.',
  },
  'not-computed-figure': {
    vi: 'Không tính được tỷ lệ hoàn thành: chỉ tiêu và kết quả không có một con số cùng loại để so sánh.',
    en: 'No completion computed: the target and the result hold no single figure of the same kind to compare.',
  },
  'not-computed-dates': {
    vi: 'Không tính được thời gian thực hiện: thời gian bắt đầu hoặc kết thúc không đọc được, hoặc kết thúc trước bắt đầu.',
    en: 'No duration computed: the start or end cannot be read, or the end is before the start.',
  },
  'not-computed-text': {
    vi: 'Để trống vì ô {input} là số dạng chữ; sửa ô đó rồi tính lại để có công thức.',
    en: 'Left empty because {input} is a number typed as text; fix that cell and compute again to get a formula.',
  },
  'not-computed-rate': {
    vi: 'Để trống: chỉ tiêu là tốc độ tăng, và kế hoạch hoặc kết quả bằng 0 hoặc âm nên tỷ lệ hoàn thành không có nghĩa; so sánh trực tiếp hai con số.',
    en: 'Left empty: the indicator is a growth rate and the plan or the result is zero or negative, so a completion percentage means nothing; compare the two figures directly.',
  },
  'value-bound': {
    vi: 'Ghi giá trị {value} thay vì công thức vì chỉ tiêu ở ô {input} là một ngưỡng (“{bound}”); tỷ lệ tính theo ngưỡng đó.',
    en: 'Wrote the value {value} instead of a formula because the target in {input} is a bound (“{bound}”); the percentage follows that bound.',
  },
  'value-not-formula': {
    vi: 'Ghi giá trị {value} thay vì công thức vì ô {input} là số dạng chữ; sửa ô đó rồi tính lại để có công thức.',
    en: 'Wrote the value {value} instead of a formula because {input} is a number typed as text; fix that cell and compute again to get a formula.',
  },
  'value-fraction': {
    vi: 'Ghi giá trị {value} thay vì công thức vì ô {input} ghi “{text}” (một thứ hạng hoặc một số dạng a/b), mà Excel không tính được từ chữ.',
    en: 'Wrote the value {value} instead of a formula because {input} holds “{text}” (a rank or an a/b figure), which Excel cannot compute from as text.',
  },
  'not-computed-fraction': {
    vi: 'Để trống vì ô {input} ghi “{text}” (một thứ hạng hoặc một số dạng a/b), mà Excel không tính được từ chữ.',
    en: 'Left empty because {input} holds “{text}” (a rank or an a/b figure), which Excel cannot compute from as text.',
  },
  'out-of-range-share': {
    vi: 'Tỷ lệ {value}% nằm ngoài khoảng 0–100%.',
    en: 'The share {value}% is outside 0–100%.',
  },
  'out-of-range-negative': {
    vi: 'Số lượng không thể âm: {value}.',
    en: 'A count cannot be negative: {value}.',
  },
  'out-of-range-fraction': {
    vi: '“{text}”: số đứng trước ({value}) lớn hơn tổng số {total}.',
    en: '“{text}”: the first number ({value}) is above its total {total}.',
  },
  'sum-parts-exceed': {
    vi: 'Các phần ở {cells} cộng lại {sum}, lớn hơn tổng {total}.',
    en: 'The parts in {cells} add up to {sum}, more than the total {total}.',
  },
  'sum-breakdown': {
    vi: 'Các phần ở {cells} cộng lại {sum}, khác tổng {total}.',
    en: 'The parts in {cells} add up to {sum}, not the total {total}.',
  },
  'index-mismatch': {
    vi: 'Chỉ số phát triển ghi {typed}, nhưng số liệu dòng {row} so với dòng {previous} (năm trước = 100) là {expected}.',
    en: 'The index says {typed}, but the figure of row {row} against row {previous} (previous year = 100) is {expected}.',
  },
  'share-mismatch': {
    vi: 'Cơ cấu ghi {typed}%, nhưng số liệu dòng {row} cho tỷ trọng {expected}%.',
    en: 'The share says {typed}%, but the figures of row {row} give {expected}%.',
  },
  'growth-mismatch': {
    vi: 'Tốc độ tăng ghi {typed}%, nhưng số liệu dòng {row} so với dòng {previous} cho {expected}%.',
    en: 'The growth rate says {typed}%, but the figure of row {row} against row {previous} gives {expected}%.',
  },
  'change-sentence': {
    vi: '“{text}”: từ {start} ({startCell}) đến {end} là thay đổi {expected}%, không phải {typed}%.',
    en: '“{text}”: from {start} ({startCell}) to {end} is a change of {expected}%, not {typed}%.',
  },
  'change-wrong-way': {
    vi: '“{text}”: từ {start} ({startCell}) đến {end} là thay đổi {expected}% theo chiều ngược lại.',
    en: '“{text}”: from {start} ({startCell}) to {end} is a change of {expected}% the other way.',
  },
  'inner-ratio': {
    vi: 'Ô ghi {typed}%, nhưng {a}/{b} trong cùng ô là {expected}%.',
    en: 'The cell says {typed}%, but {a}/{b} in the same cell is {expected}%.',
  },
  'sum-sources': {
    vi: 'Tổng mức đầu tư {total} khác tổng các nguồn vốn ({cells}) = {sum}.',
    en: 'The total investment {total} differs from its sources ({cells}) = {sum}.',
  },
  'sum-group': {
    vi: 'Dòng “{name}” ghi {total} ở cột “{column}”, nhưng các dự án của nó cộng lại {sum}.',
    en: 'The row “{name}” gives {total} in “{column}”, but its projects add up to {sum}.',
  },
  'exceeds-allocated': {
    vi: 'Lũy kế vốn đã bố trí {allocated} vượt tổng mức đầu tư {total}.',
    en: 'The capital allocated to date, {allocated}, is above the total investment {total}.',
  },
  'exceeds-allocated-plan': {
    vi: 'Lũy kế đã bố trí {allocated} cộng kế hoạch năm {plan} là {sum}, vượt tổng mức đầu tư {total}.',
    en: 'Allocated to date {allocated} plus this year’s plan {plan} is {sum}, above the total investment {total}.',
  },
  'exceeds-disbursed': {
    vi: 'Giải ngân {disbursed} vượt kế hoạch vốn năm {plan} (tỷ lệ {rate}%).',
    en: 'Disbursed {disbursed} is above the year’s capital plan {plan} (rate {rate}%).',
  },
  'invalid-date': {
    vi: 'Không đọc được “{text}” là thời gian; viết như Tháng 1/2021, Quý II/2021 hoặc 30/6/2018.',
    en: 'Cannot read “{text}” as a date; write it like Tháng 1/2021, Quý II/2021 or 30/6/2018.',
  },
  'invalid-date-part': {
    vi: '“{text}” có {part} không hợp lệ.',
    en: '“{text}” has an impossible {part}.',
  },
  'date-order': {
    vi: 'Thời gian kết thúc {end} trước thời gian bắt đầu {start}.',
    en: 'The end, {end}, is before the start, {start}.',
  },
  'outside-period': {
    vi: '{text} nằm ngoài giai đoạn {from}–{to} của kế hoạch.',
    en: '{text} is outside the plan period {from}–{to}.',
  },
  'missing-owner': {
    vi: 'Nhiệm vụ “{name}” chưa có đơn vị chủ trì.',
    en: 'The task “{name}” has no owning unit.',
  },
  'missing-date': {
    vi: 'Nhiệm vụ “{name}” chưa có {what}.',
    en: 'The task “{name}” has no {what}.',
  },
  'missing-total': {
    vi: 'Dự án “{name}” chưa có tổng mức đầu tư.',
    en: 'The project “{name}” has no total investment.',
  },
  'duplicate-number': {
    vi: 'Số thứ tự {stt} lặp lại (đã có ở dòng {first}).',
    en: 'The number {stt} appears twice (first in row {first}).',
  },
  'evaluation-not-met': {
    vi: 'Ghi “{text}” nhưng kết quả {result} chưa đạt chỉ tiêu {target}.',
    en: 'Says “{text}”, but the result {result} does not reach the target {target}.',
  },
  'evaluation-met': {
    vi: 'Ghi “{text}” nhưng kết quả {result} đã đạt chỉ tiêu {target}.',
    en: 'Says “{text}”, but the result {result} meets the target {target}.',
  },
  'evaluation-only-met': {
    vi: 'Ghi “{text}” nhưng kết quả {result} chỉ bằng chỉ tiêu {target}, chưa vượt.',
    en: 'Says “{text}”, but the result {result} only equals the target {target}; it does not exceed it.',
  },
  'numbering-gap': {
    vi: 'Số thứ tự {stt} đứng ngay sau số ở dòng {previous}: thiếu số {missing}.',
    en: 'Number {stt} comes right after the number on row {previous}: {missing} is missing.',
  },
  'completion-mismatch': {
    vi: 'Tỷ lệ hoàn thành ghi {typed}%, nhưng kết quả {result} so với chỉ tiêu {target} là {expected}%.',
    en: 'The completion says {typed}%, but the result {result} against the target {target} is {expected}%.',
  },
  'far-cell': {
    vi: 'Ô {cell} (“{text}”) nằm xa các bảng nên không được đọc cùng trang tính; nếu đó là số liệu của bảng, hãy chép nó vào cạnh bảng.',
    en: 'The cell {cell} (“{text}”) lies far from the tables, so it is not read with the sheet; if it belongs to a table, move it next to the table.',
  },
  'prose-table-mismatch': {
    vi: '“{said}”: bảng ghi {name} năm {year} là {table} (ô {cell}), không phải {typed}.',
    en: '“{said}”: the table gives {name} for {year} as {table} (cell {cell}), not {typed}.',
  },
  'prose-sum-breakdown': {
    vi: 'Tổng {total} {unit}, nhưng các phần ({parts}) cộng lại {sum}.',
    en: 'The total is {total} {unit}, but its parts ({parts}) add up to {sum}.',
  },
  'prose-sum-exceeds': {
    vi: 'Các phần ({parts}) cộng lại {sum} {unit}, lớn hơn tổng {total}.',
    en: 'The parts ({parts}) add up to {sum} {unit}, more than the total {total}.',
  },
  'prose-fraction': {
    vi: '“{said}”: {a}/{b} là {expected}%, không phải {typed}%.',
    en: '“{said}”: {a}/{b} is {expected}%, not {typed}%.',
  },
  'prose-ratio': {
    vi: '“{said}”: {value} so với {base} là {expected}%.',
    en: '“{said}”: {value} against {base} is {expected}%.',
  },
  'prose-growth': {
    vi: '“{said}”: {value} so với {base} là {change} {expected}%.',
    en: '“{said}”: {value} against {base} is {change} {expected}%.',
  },
  'prose-completion': {
    vi: '“{said}”: kết quả {result} so với chỉ tiêu {target} là {expected}%.',
    en: '“{said}”: the result {result} against the target {target} is {expected}%.',
  },
  'prose-ratio-is-growth': {
    vi: '“{said}”: {value} so với {base} là bằng {expected}% (tăng {growth}%); “bằng” và “tăng” bị lẫn.',
    en: '“{said}”: {value} against {base} is {expected}% of it (a rise of {growth}%); “bằng” (ratio) and “tăng” (rise) are mixed up.',
  },
  'prose-growth-is-ratio': {
    vi: '“{said}”: {value} so với {base} là tăng {expected}% (bằng {ratio}%); “tăng” và “bằng” bị lẫn.',
    en: '“{said}”: {value} against {base} is a rise of {expected}% ({ratio}% of it); “tăng” (rise) and “bằng” (ratio) are mixed up.',
  },
  'prose-ratio-and-growth': {
    vi: '“{said}”: bằng {ratio}% là {change} {expected}%.',
    en: '“{said}”: {ratio}% of the base is {change} {expected}%.',
  },
  'prose-wrong-way': {
    vi: '“{said}”: từ {base} đến {value} là {change} {expected}, ngược chiều với câu.',
    en: '“{said}”: from {base} to {value} is {change} {expected}, the other way from what the sentence says.',
  },
  'prose-wrong-way-percent': {
    vi: '“{said}”: từ {base} đến {value} là {change} {expected}%, ngược chiều với câu.',
    en: '“{said}”: from {base} to {value} is {change} {expected}%, the other way from what the sentence says.',
  },
  'prose-change-amount': {
    vi: '“{said}”: từ {base} đến {value} là {change} {expected}, không phải {typed}.',
    en: '“{said}”: from {base} to {value} is {change} {expected}, not {typed}.',
  },
} satisfies Record<MessageCode, MessageTemplate>;

/** Words used inside messages: the parts of a date, the names of number styles. */
export const WORDS: Record<Lang, Record<WordKey, string>> = {
  vi: {
    start: 'thời gian bắt đầu',
    end: 'thời gian kết thúc',
    month: 'tháng',
    day: 'ngày',
    quarter: 'quý',
    order: 'thứ tự năm',
    'style-vi': 'Việt Nam, như 1.234,5',
    'style-us': 'Mỹ, như 1,234.5',
    rise: 'tăng',
    fall: 'giảm',
  },
  en: {
    start: 'start',
    end: 'end',
    month: 'month',
    day: 'day',
    quarter: 'quarter',
    order: 'year order',
    'style-vi': 'Vietnamese, as in 1.234,5',
    'style-us': 'US, as in 1,234.5',
    rise: 'a rise of',
    fall: 'a fall of',
  },
};

/** One parameter in the reader's language: a number in its column's style (else the language's), a word, or text as it is. */
export function paramText(p: MessageParam, lang: Lang): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if ('word' in p) return WORDS[lang][p.word];
  const style = p.style ?? (lang === 'vi' ? 'vi' : 'us');
  const n = formatNumber(p.num, style);
  if (p.to !== undefined) return `${n}–${formatNumber(p.to, style)}`;
  return p.sign ? `${p.sign} ${n}` : n;
}

/** A message in the reader's language. */
export function render(code: MessageCode, params: MessageParams, lang: Lang): string {
  // A placeholder without its parameter stays as written, so a slip shows.
  return flat(fillWith(MESSAGES[code][lang], (k) => (Object.prototype.hasOwnProperty.call(params, k) ? paramText(params[k], lang) : `{${k}}`)));
}
