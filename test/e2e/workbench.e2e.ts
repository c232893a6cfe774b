/**
 * `npm run test:e2e`: the workbench in Chromium, in Vietnamese and English
 * (steps in flow.ts; screenshots in test-output/e2e/plain/), then as a tool
 * on a planner's own .xlsx: opened, checked, computed, saved (files.ts;
 * screenshots in test-output/e2e/files/).
 */
import { filesFlow } from './files';
import { workbenchFlow } from './flow';

describe('workbench in Chromium, pane 320 px', () => {
  workbenchFlow('plain');
});

describe('workbench in Chromium: opening and saving an .xlsx', () => {
  filesFlow();
});
