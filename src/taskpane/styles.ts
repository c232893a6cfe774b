/** Styles shared by the pane's components. */
import { tokens } from '@fluentui/react-components';

/** A cell address shown as a small monospace badge ("H8"). */
export const cellBadge = {
  fontFamily: tokens.fontFamilyMonospace,
  fontSize: tokens.fontSizeBase200,
  fontWeight: tokens.fontWeightSemibold,
  backgroundColor: tokens.colorNeutralBackground3,
  borderRadius: tokens.borderRadiusMedium,
  padding: '1px 4px',
  textAlign: 'center',
  overflowWrap: 'anywhere',
} as const;
