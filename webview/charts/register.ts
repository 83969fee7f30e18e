/** Only the Chart.js parts the dashboard draws, so the bundle stays small (no 'chart.js/auto'). */
import {
  BarController, BarElement, CategoryScale, Chart, Decimation, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

let registered = false;

export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Decimation);
    registered = true;
  }
  return Chart;
}
