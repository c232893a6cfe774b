/**
 * The problems a check found, grouped by severity (errors, warnings, notes)
 * with their counts. Each problem is a button that selects its cell in
 * Excel; one with a suggested value also has a small "Sửa: …" button.
 * The report holds codes and parameters; they are worded here, in the
 * pane's language, so a language switch words the same report again.
 */
import * as React from 'react';
import { Badge, Button, Caption1, Select, Subtitle2, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import type { Fix, Issue, IssueGroup, Kind, Severity, UnrecognisedBlock } from '../engine/report';
import { groupFinder, KINDS } from '../engine/report';
import { KIND_NAMES } from '../i18n/kinds';
import { countBySeverity } from '../engine/report';
import type { Lang } from '../i18n/lang';
import { wordBlock, wordGroup, wordIssue } from '../i18n/report';
import { formatGeneral } from './format';
import { severityKey, t } from './i18n';
import { cellBadge, focusRing } from './styles';
import { maybePseudo } from './pseudo';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    paddingTop: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '6px',
    rowGap: '4px',
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    paddingTop: '4px',
    minWidth: 0,
  },
  groupHeading: {
    margin: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
  },
  issueButton: {
    display: 'grid',
    gridTemplateColumns: '44px minmax(0, 1fr)',
    columnGap: '8px',
    alignItems: 'start',
    width: '100%',
    boxSizing: 'border-box',
    margin: 0,
    padding: '4px',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: 'inherit',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ':active': {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
    },
    // Fluent's createFocusOutlineStyle drew its ring on an ::after placed against the nearest positioned
    // ancestor (this button is not one), so no ring showed around the issue.
    ...focusRing,
  },
  cell: cellBadge,
  message: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  fixRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    rowGap: '2px',
    paddingLeft: '56px',
    minWidth: 0,
  },
  chooseRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    rowGap: '4px',
    minWidth: 0,
  },
  chooseSelect: {
    flexBasis: '100%',
    minWidth: 0,
  },
  fixButton: {
    minWidth: 0,
    maxWidth: '100%',
    overflowWrap: 'anywhere',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

/** A fix's value as the pane shows it: numbers in the pane language's style. */
export function fixValueText(fix: Fix, lang: Lang): string {
  return typeof fix.value === 'number' ? formatGeneral(fix.value, lang) : fix.value;
}

interface IssueItemProps {
  issue: Issue;
  lang: Lang;
  /** True while an action runs: the fix button waits. */
  busy: boolean;
  onSelect(issue: Issue): void;
  onFix(issue: Issue): void;
  /** "Bỏ qua": leave this issue while its cell holds what it holds. */
  onIgnore?(issue: Issue): void;
}

function IssueItem({ issue, lang, busy, onSelect, onFix, onIgnore }: IssueItemProps) {
  const s = useStyles();
  const fix = issue.fix;
  const value = fix ? fixValueText(fix, lang) : '';
  return (
    <li className={s.item} data-cell={issue.cell} data-code={issue.code}>
      <button type="button" className={s.issueButton} title={t(lang, 'issueSelectHint', { cell: issue.cell })} onClick={() => onSelect(issue)}>
        <span className={s.cell}>{issue.cell}</span> <span className={s.message}>{maybePseudo(wordIssue(issue, lang).message)}</span>
      </button>
      {(fix || onIgnore) && (
        <div className={s.fixRow}>
          {fix && (
            <Tooltip content={t(lang, 'fixHint', { value, cell: fix.cell })} relationship="description" withArrow>
              <Button
                className={s.fixButton}
                size="small"
                appearance="outline"
                disabled={busy}
                aria-label={t(lang, 'fixButtonLabel', { value, cell: fix.cell })}
                onClick={() => onFix(issue)}
              >
                {t(lang, 'fixButton', { value })}
              </Button>
            </Tooltip>
          )}
          {fix && fix.cell !== issue.cell && <Caption1 className={s.muted}>{t(lang, 'fixSuggestion', { cell: fix.cell, value })}</Caption1>}
          {onIgnore && (
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              aria-label={t(lang, 'ignoreLabel', { cell: issue.cell })}
              title={t(lang, 'ignoreHint')}
              onClick={() => onIgnore(issue)}
            >
              {t(lang, 'ignore')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

interface GroupItemProps {
  group: IssueGroup;
  members: Issue[];
  lang: Lang;
  busy: boolean;
  onSelect(issue: Issue): void;
  onFix(issue: Issue): void;
  onFixAll?(issues: Issue[]): void;
  onIgnore?(issue: Issue): void;
}

/** Like issues of one column as one line; opened, each of them; "Sửa cả N ô" puts every fix as one step. */
function GroupItem({ group, members, lang, busy, onSelect, onFix, onFixAll, onIgnore }: GroupItemProps) {
  const message = wordGroup(group, lang).message;
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const fixable = members.filter((m) => m.fix);
  const listId = React.useId();
  return (
    <li className={s.item} data-group={group.code} data-column={group.column} data-count={group.count}>
      <button type="button" className={s.issueButton} onClick={() => onSelect(members[0])}>
        <span className={s.cell}>{group.column}</span> <span className={s.message}>{maybePseudo(message)}</span>
      </button>
      <div className={s.fixRow}>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t(lang, 'groupHide') : t(lang, 'groupShow', { n: members.length })}
        </Button>
        {fixable.length > 0 && onFixAll && (
          <Button className={s.fixButton} size="small" appearance="outline" disabled={busy} onClick={() => onFixAll(fixable)}>
            {t(lang, 'groupFix', { n: fixable.length })}
          </Button>
        )}
      </div>
      {open && (
        <ul id={listId} className={s.list} aria-label={maybePseudo(message)}>
          {members.map((i, n) => (
            <IssueItem key={`${i.cell}-${n}`} issue={i} lang={lang} busy={busy} onSelect={onSelect} onFix={onFix} onIgnore={onIgnore} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The list of one severity: each issue, or its group at the place of the group's first issue. */
function severityItems(issues: Issue[], groups: readonly IssueGroup[]): ({ issue: Issue } | { group: IssueGroup; members: Issue[] })[] {
  const groupOf = groupFinder(groups);
  const members = new Map<IssueGroup, Issue[]>();
  const out: ({ issue: Issue } | { group: IssueGroup; members: Issue[] })[] = [];
  for (const i of issues) {
    const g = groupOf(i);
    if (!g) {
      out.push({ issue: i });
      continue;
    }
    let list = members.get(g);
    if (!list) {
      list = [];
      members.set(g, list);
      out.push({ group: g, members: list });
    }
    list.push(i);
  }
  return out;
}

export interface IssuesViewProps {
  issues: Issue[];
  lang: Lang;
  busy: boolean;
  onSelect(issue: Issue): void;
  onFix(issue: Issue): void;
  /** Shown under the heading (the marking switch, the undo button). */
  tools?: React.ReactNode;
  /**
   * Set when the sheet holds no recognised table: why, block by block
   * (empty when nothing there looks like a table header). Nothing was
   * checked, so this is shown instead of an issue list that would look
   * like a pass.
   */
  unrecognised?: UnrecognisedBlock[];
  /** Select a cell of the sheet (a block's first header cell). */
  onSelectCell?(cell: string): void;
  /** Like issues gathered by the engine: each shown as one line. */
  groups?: readonly IssueGroup[];
  /** Put every fix of a group, as one undoable step. */
  onFixAll?(issues: Issue[]): void;
  /** Issues the planner left ("Bỏ qua"), shown on demand. */
  ignored?: readonly Issue[];
  onIgnore?(issue: Issue): void;
  onUnignore?(issue: Issue): void;
  /** On a sheet no kind fits: read it as this kind. */
  onChooseKind?(kind: Kind): void;
}

function UnrecognisedView({
  blocks,
  lang,
  tools,
  busy,
  onSelectCell,
  onChooseKind,
}: {
  blocks: UnrecognisedBlock[];
  lang: Lang;
  tools?: React.ReactNode;
  busy: boolean;
  onSelectCell?(cell: string): void;
  onChooseKind?(kind: Kind): void;
}) {
  const s = useStyles();
  const heading = t(lang, 'uncheckedHeading');
  // The closest kind first: the likeliest choice.
  const [kind, setKind] = React.useState<Kind>(blocks[0]?.closest ?? 'indicator-plan');
  const selectId = React.useId();
  return (
    <section className={s.section} aria-label={heading} data-unrecognised={blocks.length}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <Caption1>{t(lang, 'uncheckedLead')}</Caption1>
      {tools}
      {blocks.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'uncheckedNoHeader')}</Caption1>
      ) : (
        <ul className={s.list}>
          {blocks.map((b) => (
            <li key={b.rows[0]} className={s.item}>
              <button
                type="button"
                className={s.issueButton}
                title={t(lang, 'uncheckedSelect', { row: b.rows[0] })}
                onClick={() => onSelectCell?.(`A${b.rows[0]}`)}
              >
                <span className={s.cell}>{`A${b.rows[0]}`}</span> <span className={s.message}>{maybePseudo(wordBlock(b, lang).message)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Caption1 className={s.muted}>{t(lang, 'uncheckedHint')}</Caption1>
      {onChooseKind && blocks.length > 0 && (
        <div className={s.chooseRow}>
          <label htmlFor={selectId}>
            <Caption1>{t(lang, 'chooseKindLabel')}</Caption1>
          </label>
          <Select id={selectId} className={s.chooseSelect} size="small" value={kind} disabled={busy} onChange={(_, data) => setKind(data.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {maybePseudo(KIND_NAMES[k][lang])}
              </option>
            ))}
          </Select>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onChooseKind(kind)}>
            {t(lang, 'chooseKindApply')}
          </Button>
        </div>
      )}
    </section>
  );
}

export function IssuesView({
  issues,
  lang,
  busy,
  onSelect,
  onFix,
  tools,
  unrecognised,
  onSelectCell,
  groups = [],
  onFixAll,
  ignored = [],
  onIgnore,
  onUnignore,
  onChooseKind,
}: IssuesViewProps) {
  const s = useStyles();
  const [showIgnored, setShowIgnored] = React.useState(false);
  // Keyed by its blocks: a new explanation offers its own closest kind first.
  if (unrecognised)
    return (
      <UnrecognisedView
        key={unrecognised.map((b) => `${b.rows[0]}:${b.closest}`).join(',')}
        blocks={unrecognised}
        lang={lang}
        tools={tools}
        busy={busy}
        onSelectCell={onSelectCell}
        onChooseKind={onChooseKind}
      />
    );
  const counts = countBySeverity(issues);
  const heading = t(lang, 'issues', { n: issues.length });
  return (
    <section className={s.section} aria-label={heading}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <div className={s.badges}>
        {SEVERITIES.map((sev) => (
          <Badge key={sev} data-severity={sev} color={SEVERITY_BADGE[sev]} appearance={counts[sev] > 0 ? 'filled' : 'outline'} shape="rounded">
            {`${counts[sev]} ${t(lang, severityKey(sev))}`}
          </Badge>
        ))}
      </div>
      {tools}
      {issues.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'issuesNone')}</Caption1>
      ) : (
        SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
          <div key={sev} className={s.group} data-group={sev}>
            <Text as="h3" weight="semibold" size={300} className={s.groupHeading}>
              {`${t(lang, severityKey(sev))} (${counts[sev]})`}
            </Text>
            <ul className={s.list}>
              {severityItems(
                issues.filter((i) => i.severity === sev),
                groups
              ).map((item, n) =>
                'group' in item ? (
                  <GroupItem
                    key={`group-${item.group.column}-${item.group.code}`}
                    group={item.group}
                    members={item.members}
                    lang={lang}
                    busy={busy}
                    onSelect={onSelect}
                    onFix={onFix}
                    onFixAll={onFixAll}
                    onIgnore={onIgnore}
                  />
                ) : (
                  <IssueItem
                    key={`${item.issue.cell}-${item.issue.code}-${n}`}
                    issue={item.issue}
                    lang={lang}
                    busy={busy}
                    onSelect={onSelect}
                    onFix={onFix}
                    onIgnore={onIgnore}
                  />
                )
              )}
            </ul>
          </div>
        ))
      )}
      {ignored.length > 0 && (
        <div className={s.group} data-group="ignored">
          <Button size="small" appearance="subtle" aria-expanded={showIgnored} onClick={() => setShowIgnored(!showIgnored)}>
            {t(lang, showIgnored ? 'ignoredHide' : 'ignoredShow', { n: ignored.length })}
          </Button>
          {showIgnored && (
            <ul className={s.list} aria-label={t(lang, 'ignoredList')}>
              {ignored.map((i, n) => (
                <li key={`${i.cell}-${i.code}-${n}`} className={s.item} data-cell={i.cell} data-code={i.code} data-ignored="">
                  <button type="button" className={s.issueButton} onClick={() => onSelect(i)}>
                    <span className={s.cell}>{i.cell}</span> <span className={`${s.message} ${s.muted}`}>{maybePseudo(wordIssue(i, lang).message)}</span>
                  </button>
                  {onUnignore && (
                    <div className={s.fixRow}>
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        aria-label={t(lang, 'unignoreLabel', { cell: i.cell })}
                        onClick={() => onUnignore(i)}
                      >
                        {t(lang, 'unignore')}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
