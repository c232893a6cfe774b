/**
 * What a promise rejected with. An error for the user comes with its words
 * in both languages (`vi`, `en`), as the pane and the command line word it,
 * so tests can read what the user would read.
 */
import { isUserFacingError, type UserFacingError } from '../../src/host/errors';
import { errorText } from '../../src/i18n/errors';

export type WordedError = UserFacingError & { vi: string; en: string };

/** `e` with its words in both languages, when it is an error for the user. */
export function worded<E>(e: E): E & Partial<{ vi: string; en: string }> {
  if (isUserFacingError(e)) Object.assign(e, { vi: errorText(e, 'vi'), en: errorText(e, 'en') });
  return e as E & Partial<{ vi: string; en: string }>;
}

export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return worded(e);
  }
  throw new Error('expected the promise to reject');
}
