/**
 * Every message the engine reports, in Vietnamese and English. Templates
 * name their parameters in braces: {cell}, {text}, {value}.
 */
import type { Lang } from './lang';

export interface MessageTemplate {
  vi: string;
  en: string;
}

export const MESSAGES = {
  'not-a-number': {
    vi: 'Cần một số cho "{column}" nhưng ô ghi "{text}".',
    en: 'A number belongs here ("{column}") but the cell holds "{text}".',
  },
  'error-value': {
    vi: 'Ô chứa lỗi Excel {text} thay cho số liệu "{column}".',
    en: 'The cell holds the Excel error {text} instead of a figure for "{column}".',
  },
  'number-as-text': {
    vi: 'Số "{text}" được gõ dạng chữ nên Excel không tính được; nên đổi thành số {fixed}.',
    en: 'The number "{text}" is typed as text, so Excel cannot compute with it; convert it to the number {fixed}.',
  },
  'ambiguous-number': {
    vi: '"{text}" dùng dấu phân cách khác với cả cột (cột viết kiểu {style}); nhiều khả năng là {other}.',
    en: '"{text}" uses separators unlike the rest of its column ({style} style); it most likely means {other}.',
  },
  'approximate-value': {
    vi: '"{text}" là giá trị ước lượng; dùng {value} để tính.',
    en: '"{text}" is an approximate value; {value} is used in calculations.',
  },
  'missing-unit': {
    vi: 'Chỉ tiêu "{name}" chưa có đơn vị tính.',
    en: 'The indicator "{name}" has no unit.',
  },
  'ratio-mismatch': {
    vi: 'Tỷ lệ gõ tay {typed} khác với {label} tính từ số liệu của dòng = {expected}.',
    en: 'The typed percentage {typed} differs from {label} computed from the row\'s figures = {expected}.',
  },
  'ratio-is-growth': {
    vi: 'Ô ghi {typed}, là mức tăng; cột này ({label}) cần tỷ lệ "bằng … %" = {expected}.',
    en: 'The cell holds {typed}, which is a growth; this column ({label}) asks for the ratio = {expected}.',
  },
  'value-not-formula': {
    vi: 'Ghi giá trị {value} thay vì công thức vì ô {input} là số dạng chữ; sửa ô đó rồi tính lại để có công thức.',
    en: 'Wrote the value {value} instead of a formula because {input} is a number typed as text; fix that cell and compute again to get a formula.',
  },
} satisfies Record<string, MessageTemplate>;

export type MessageCode = keyof typeof MESSAGES;

export type Params = Record<string, string | number>;

export function render(code: MessageCode, params: Params, lang: Lang): string {
  const template = MESSAGES[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Words for number styles, in each language. */
export const STYLE_NAMES: Record<Lang, Record<'vi' | 'us', string>> = {
  vi: { vi: 'Việt Nam, như 1.234,5', us: 'Mỹ, như 1,234.5' },
  en: { vi: 'Vietnamese, as in 1.234,5', us: 'US, as in 1,234.5' },
};
