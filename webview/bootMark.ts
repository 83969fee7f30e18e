/** Imported first by the dashboard app: the moment its bundle starts to run, before Chart.js and the UI components. */
export const scriptStart = performance.now();
