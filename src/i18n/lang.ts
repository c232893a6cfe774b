/** The languages of the UI and of messages: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export function isLang(s: unknown): s is Lang {
  return s === 'vi' || s === 'en';
}
