/**
 * The pane's header: its name, the language switch (Tiếng Việt / English),
 * the tagline, and "Chẩn đoán" (the diagnostics view), a button like the
 * others, reached with Tab.
 */
import * as React from 'react';
import { Button, Caption1, Subtitle1, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/lang';
import { t } from './i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  titleRow: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: '8px',
    flexWrap: 'wrap',
  },
  taglineRow: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: '8px',
    rowGap: '2px',
    flexWrap: 'wrap',
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  diagnostics: {
    minWidth: 'auto',
    marginLeft: 'auto',
  },
  langSwitch: {
    display: 'flex',
    columnGap: '4px',
  },
});

export interface PaneHeaderProps {
  lang: Lang;
  onLang(lang: Lang): void;
  /** Open (or close) the diagnostics view; no button without it. */
  onDiagnostics?: () => void;
  diagnosticsOpen?: boolean;
}

export function PaneHeader(props: PaneHeaderProps) {
  const { lang, onLang, onDiagnostics, diagnosticsOpen = false } = props;
  const s = useStyles();
  return (
    <header className={s.header}>
      <div className={s.titleRow}>
        <Subtitle1 as="h1">{t(lang, 'appName')}</Subtitle1>
        <div className={s.langSwitch} role="group" aria-label={t(lang, 'langSwitchLabel')}>
          <ToggleButton size="small" appearance="subtle" checked={lang === 'vi'} lang="vi" onClick={() => onLang('vi')}>
            {t(lang, 'langVi')}
          </ToggleButton>
          <ToggleButton size="small" appearance="subtle" checked={lang === 'en'} lang="en" onClick={() => onLang('en')}>
            {t(lang, 'langEn')}
          </ToggleButton>
        </div>
      </div>
      <div className={s.taglineRow}>
        <Caption1 className={s.tagline}>{t(lang, 'appTagline')}</Caption1>
        {onDiagnostics && (
          <Button
            className={s.diagnostics}
            size="small"
            appearance="subtle"
            title={t(lang, 'diagOpenHint')}
            aria-expanded={diagnosticsOpen}
            onClick={onDiagnostics}
          >
            {t(lang, 'diagOpen')}
          </Button>
        )}
      </div>
    </header>
  );
}
