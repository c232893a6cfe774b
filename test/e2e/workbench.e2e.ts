/**
 * `npm run test:e2e`: the workbench in Chromium, in Vietnamese and English
 * (steps in flow.ts; screenshots in test-output/e2e/plain/).
 */
import { workbenchFlow } from './flow';

describe('workbench in Chromium, pane 320 px', () => {
  workbenchFlow('plain');
});
