/**
 * The appendix panel's styles, one set for all its parts (the panel, the
 * task list and its rows, the form and its period pickers, the options, the
 * buttons and the notes under an insert's result).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { panelBox } from '../styles';

export const useStyles = makeStyles({
  panel: {
    ...panelBox,
  },
  part: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    minWidth: 0,
    paddingTop: '6px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '6px',
  },
  grow: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  warn: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '24px minmax(0, 1fr)',
    columnGap: '6px',
    padding: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  editing: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  number: {
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'right',
  },
  itemBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  taskText: {
    whiteSpace: 'pre-wrap',
  },
  itemTools: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '4px',
  },
  tool: {
    minWidth: '28px',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    padding: '6px',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  period: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    minWidth: 0,
  },
  // The kind on a row of its own, the month or quarter and the year under it: three
  // in one row of 256 px left the kind 36 px of text ("Tháng" showed as "Thán").
  periodControls: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: '4px',
    rowGap: '4px',
  },
  periodWide: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
  },
  control: {
    minWidth: 0,
    width: '100%',
  },
  switch: {
    marginLeft: '-8px',
  },
  buttons: {
    display: 'flex',
    // A row, also where it is merged with `part` (a column): else each
    // button's 120 px flex-basis made it 120 px tall.
    flexDirection: 'row',
    flexWrap: 'wrap',
    columnGap: '8px',
    rowGap: '6px',
  },
  button: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  notes: {
    margin: 0,
    paddingLeft: '16px',
    overflowWrap: 'anywhere',
  },
});
