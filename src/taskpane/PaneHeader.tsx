/**
 * The pane's header: its name, the language switch (Tiếng Việt / English)
 * and the tagline.
 */
import * as React from 'react';
import { Caption1, Subtitle1, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
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
  tagline: {
    color: tokens.colorNeutralForeground3,
  },
  langSwitch: {
    display: 'flex',
    columnGap: '4px',
  },
});

export function PaneHeader(props: { lang: Lang; onLang(lang: Lang): void }) {
  const { lang, onLang } = props;
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
      <Caption1 className={s.tagline}>{t(lang, 'appTagline')}</Caption1>
    </header>
  );
}
