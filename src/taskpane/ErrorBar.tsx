/**
 * An error as the user sees it: a UserFacingError worded in the pane's
 * language (again when the language is switched),
 * anything else as a generic line with the error's own text.
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { isUserFacingError } from '../app/types';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import { t } from './i18n';

const useStyles = makeStyles({
  detail: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

export { isUserFacingError };

export function errorDetail(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export function ErrorBar(props: { error: unknown; lang: Lang }) {
  const { error, lang } = props;
  const s = useStyles();
  if (isUserFacingError(error)) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>
          {errorText(error, lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, 'errorGeneric')}</MessageBarTitle>
        <span className={s.detail}>{t(lang, 'errorDetail', { detail: errorDetail(error) })}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
