/** Reads the `nlpearl.*` settings with their defaults and bounds. */
import * as vscode from 'vscode';
import { isWeekdayBase } from './analytics/options';
import { isRangePreset, type RangePreset } from './api/range';
import type { ApiVersion } from './api/types';
import type { DisplaySettings } from './model/types';

export interface Settings extends DisplaySettings {
  readonly apiBaseUrl: string;
  readonly apiVersion: ApiVersion;
  readonly requestTimeoutSeconds: number;
  readonly demoMode: boolean;
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration('nlpearl');
  const preset = config.get<string>('defaultRange');
  const version = config.get<string>('apiVersion');
  const weekdayBase = config.get<string>('weekdayBase');
  return {
    apiBaseUrl: (config.get<string>('apiBaseUrl') ?? '').trim() || 'https://api.nlpearl.ai',
    apiVersion: version === 'v2' ? 'v2' : 'v1',
    defaultRange: isRangePreset(preset) ? preset : ('last30' satisfies RangePreset),
    autoRefreshMinutes: clamp(config.get<number>('autoRefreshMinutes') ?? 0, 0, 1440, 0),
    requestTimeoutSeconds: clamp(config.get<number>('requestTimeoutSeconds') ?? 30, 1, 300, 30),
    currencyLabel: (config.get<string>('currencyLabel') ?? '').trim().slice(0, 12),
    demoMode: config.get<boolean>('demoMode') ?? false,
    weekdayBase: isWeekdayBase(weekdayBase) ? weekdayBase : 'auto',
    displayTimeZone: (config.get<string>('displayTimeZone') ?? 'utc').trim().slice(0, 64) || 'utc',
  };
}

export function affectsApi(event: vscode.ConfigurationChangeEvent): boolean {
  return ['apiBaseUrl', 'apiVersion', 'requestTimeoutSeconds', 'demoMode'].some((key) =>
    event.affectsConfiguration(`nlpearl.${key}`),
  );
}
