/**
 * The panel's last row: insert the appendix into the workbook (when no other
 * action of the pane runs and the place is set), copy it for Word, download
 * it as a .docx, and close the panel.
 */
import { Button, mergeClasses } from '@fluentui/react-components';
import type { Lang } from '../../i18n/lang';
import { t } from '../i18n';
import { useStyles } from './styles';

export function ActionBar(props: {
  lang: Lang;
  /** Another action of the pane is running: inserting waits for it. */
  busy: boolean;
  /** The panel is working. */
  isWorking: boolean;
  /** The list has no task. */
  none: boolean;
  /** A new sheet, or a sheet and a cell that can be read. */
  placeReady: boolean;
  onInsert(): void;
  onCopy(): void;
  onDownload(): void;
  onClose(): void;
}) {
  const { lang, busy, isWorking, none, placeReady, onInsert, onCopy, onDownload, onClose } = props;
  const s = useStyles();
  return (
    <div className={mergeClasses(s.part, s.buttons)}>
      <Button className={s.button} appearance="primary" title={t(lang, 'apxInsertHint')} disabled={busy || isWorking || none || !placeReady} onClick={onInsert}>
        {t(lang, 'apxInsert')}
      </Button>
      <Button className={s.button} title={t(lang, 'apxCopyHint')} disabled={isWorking || none} onClick={onCopy}>
        {t(lang, 'apxCopy')}
      </Button>
      <Button className={s.button} title={t(lang, 'apxDocxHint')} disabled={isWorking || none} onClick={onDownload}>
        {t(lang, 'apxDocx')}
      </Button>
      <Button className={s.button} appearance="subtle" onClick={onClose}>
        {t(lang, 'apxClose')}
      </Button>
    </div>
  );
}
