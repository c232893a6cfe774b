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

/**
 * A ring under keyboard focus (`:focus-visible`) for the pane's own
 * clickable elements (Fluent's controls draw theirs): 2 px in the theme's
 * focus colour, inside the element so no parent clips it; the system's
 * Highlight when the OS forces its colours.
 */
export const focusRing = {
  ':focus-visible': {
    outlineWidth: '2px',
    outlineStyle: 'solid',
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: '-2px',
  },
  '@media (forced-colors: active)': {
    ':focus-visible': {
      outlineColor: 'Highlight',
    },
  },
} as const;
