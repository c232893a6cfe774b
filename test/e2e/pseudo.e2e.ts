/**
 * `npm run test:e2e`: the same steps with every UI string pseudo-localised
 * (`?lang=pseudo`: accented, ~40 % longer), checking that nothing in the
 * 320 px pane is clipped or overlaps (screenshots in test-output/e2e/pseudo/).
 */
import { workbenchFlow } from './flow';

describe('workbench in Chromium, pseudo-locale, pane 320 px', () => {
  workbenchFlow('pseudo');
});
