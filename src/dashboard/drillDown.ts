/** The dashboard's drill-down: a clicked figure opens the Calls panel through `nlpearl.showCalls`. */
import * as vscode from 'vscode';
import type { DateRange } from '../api/range';
import type { Logger } from '../model/types';
import type { DrillDownRequest } from '../shared/drill';
import { drillArgs } from './drillArgs';

export async function openDrillDown(campaignId: string, range: DateRange, request: DrillDownRequest, log: Logger): Promise<void> {
  const args = drillArgs(campaignId, range, request);
  if ('problem' in args) {
    log.warn('dashboard', `ignored a drill-down: ${args.problem}`);
    return;
  }
  // Keys only, never a label's name: the log says what was opened, not what the calls contain.
  log.info('dashboard', `drill-down from ${request.chartId}${args.status ? ` (${args.status})` : ''}${args.hour !== undefined ? ` (weekday ${args.weekday}, ${args.hour}:00)` : ''}`);
  await vscode.commands.executeCommand('nlpearl.showCalls', args);
}
