/**
 * What the panel says after it worked: the tasks it loaded (or that it found
 * none), where an insert put the appendix and the dates it could not read,
 * that the appendix was copied for Word (or why not), that the .docx was
 * downloaded. Shown in the panel's status area (index.tsx).
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { InsertAppendixResult } from '../../app/types';
import type { AppendixModel } from '../../engine/appendix';
import type { Lang } from '../../i18n/lang';
import { DOCX_NAME } from '../appendix';
import { t } from '../i18n';
import { useStyles } from './styles';

export type Notice =
  | { kind: 'loaded'; n: number; sheet: string; address?: string }
  | { kind: 'noTaskList' }
  | { kind: 'noSelection' }
  | { kind: 'inserted'; result: InsertAppendixResult; model: AppendixModel }
  | { kind: 'copied' }
  | { kind: 'copyFailed'; detail: string }
  | { kind: 'downloaded' };

/** What an insert did, in words: where, what it replaced, the dates it could not read, what this Excel lacks. */
function InsertedNotice(props: { result: InsertAppendixResult; model: AppendixModel; lang: Lang }) {
  const { result, model, lang } = props;
  const s = useStyles();
  const params = { sheet: result.sheet, address: result.address };
  const line = result.replaced ? t(lang, 'apxInsertedReplaced', params) : result.created ? t(lang, 'apxInsertedNew', params) : t(lang, 'apxInserted', params);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <span data-result="inserted">{line}</span>
        </MessageBarBody>
      </MessageBar>
      {result.invalid.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <span>{t(lang, 'apxInvalidTitle', { n: result.invalid.length })}</span>
            <ul className={s.notes}>
              {result.invalid.map((inv, i) => {
                const row = model.rows[inv.row];
                const n = row && row.type === 'task' ? row.number : String(inv.row + 1);
                const field = t(lang, inv.field === 'start' ? 'apxFieldStart' : 'apxFieldEnd');
                return (
                  <li key={i} data-invalid={inv.source ?? ''}>
                    {t(lang, 'apxInvalidItem', { text: inv.text, field, n })}
                    {inv.source ? ` (${inv.source})` : ''}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.skipped?.includes('pageSetup') && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, 'apxSkippedPageSetup')}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export function NoticeView(props: { notice: Notice; lang: Lang }) {
  const { notice, lang } = props;
  switch (notice.kind) {
    case 'inserted':
      return <InsertedNotice result={notice.result} model={notice.model} lang={lang} />;
    case 'loaded':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {notice.address
              ? t(lang, 'apxLoadedRange', { n: notice.n, sheet: notice.sheet, address: notice.address })
              : t(lang, 'apxLoaded', { n: notice.n, sheet: notice.sheet })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'noTaskList':
    case 'noSelection':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(lang, notice.kind === 'noTaskList' ? 'apxNoTaskList' : 'apxNoSelection')}</MessageBarBody>
        </MessageBar>
      );
    case 'copied':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(lang, 'apxCopied')}</MessageBarBody>
        </MessageBar>
      );
    case 'copyFailed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t(lang, 'apxCopyFailed')} {notice.detail ? t(lang, 'errorDetail', { detail: notice.detail }) : ''}
          </MessageBarBody>
        </MessageBar>
      );
    case 'downloaded':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(lang, 'apxDownloaded', { name: DOCX_NAME })}</MessageBarBody>
        </MessageBar>
      );
  }
}
