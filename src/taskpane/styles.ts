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

/** A panel opened under the pane's buttons (Tính toán, Phụ lục, Chẩn đoán): a framed column on a light background. */
export const panelBox = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: '8px',
  padding: '8px',
  minWidth: 0,
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground2,
} as const;
