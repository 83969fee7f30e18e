// The e2e harness: start a workbench with the packaged extension, then drive it like a user.
export { startWorkbench, liveWorkbenches, type Workbench, type WorkbenchOptions } from './workbench';
export {
  activityBarEntry, closePalette, notifications, openPalette, paletteLabels, quickInput, runCommand, treeRow,
  waitForNotification, webviewFrame,
} from './ui';
export { screenshot, resultsDir } from './artifacts';
