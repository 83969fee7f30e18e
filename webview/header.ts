/** The header: campaign, status, range picker (presets + validated custom dates), actions. */
import type { InitMessage, RangePreset, RangeDto } from '../src/shared/protocol';
import { button, clear, dateField, el, type ValueElement } from './dom';
import { timeText } from './tickText';
import { customRange, toDateInput } from './rangeInput';
import { s } from './strings';

const PRESET_KEYS: Record<RangePreset, Parameters<typeof s>[0]> = {
  today: 'presetToday',
  yesterday: 'presetYesterday',
  last7: 'presetLast7',
  last30: 'presetLast30',
  last90: 'presetLast90',
  thisMonth: 'presetThisMonth',
  lastMonth: 'presetLastMonth',
};

export interface HeaderCallbacks {
  readonly onPreset: (preset: RangePreset) => void;
  readonly onCustom: (range: RangeDto) => void;
  readonly onRefresh: () => void;
  readonly onOpenJson: () => void;
  readonly onCopyJson: () => void;
  /** One CSV with every section (per-chart PNG and CSV are on each chart's card). */
  readonly onExportAll: () => void;
}


export class Header {
  readonly element: HTMLElement;
  private readonly select: ValueElement;
  private readonly custom: HTMLElement;
  private readonly fromInput: ValueElement;
  private readonly toInput: ValueElement;
  private readonly customMessage: HTMLElement;
  private readonly meta: HTMLElement;
  private locale = 'en';

  constructor(private readonly callbacks: HeaderCallbacks) {
    this.select = document.createElement('vscode-single-select') as unknown as ValueElement;
    this.select.id = 'range-select';
    this.select.setAttribute('aria-label', s('range'));
    // The focusable combobox is inside the shadow root: neither aria-label nor <label for> reaches it; `label` does.
    this.select.setAttribute('label', s('range'));
    for (const preset of Object.keys(PRESET_KEYS) as RangePreset[]) {
      const option = el('vscode-option', { text: s(PRESET_KEYS[preset]), attrs: { value: preset } });
      this.select.append(option);
    }
    this.select.append(el('vscode-option', { text: s('custom'), attrs: { value: 'custom' } }));
    this.select.addEventListener('change', () => this.onSelect());

    this.fromInput = dateField('range-from', s('from'), () => this.applyCustom());
    this.toInput = dateField('range-to', s('to'), () => this.applyCustom());
    this.customMessage = el('span', { className: 'range-message', attrs: { id: 'range-message', 'aria-live': 'polite' } });
    const apply = button(s('apply'), () => this.applyCustom(), { id: 'range-apply' });
    this.custom = el('div', { className: 'custom-range' }, [
      // Each label wraps together with its field on a narrow panel.
      el('span', { className: 'range-field' }, [el('label', { text: s('from'), attrs: { for: 'range-from' } }), this.fromInput]),
      el('span', { className: 'range-field' }, [el('label', { text: s('to'), attrs: { for: 'range-to' } }), this.toInput]),
      apply,
      this.customMessage,
    ]);
    this.custom.hidden = true;

    // Export all, not a panel repeating every card's PNG/CSV buttons that pushed the page down.
    const exportAll = button(s('exportAll'), callbacks.onExportAll, { secondary: true, id: 'export-all-button' });
    exportAll.title = s('exportAllHint');

    this.meta = el('p', { className: 'meta', attrs: { id: 'range-meta', 'aria-live': 'polite' } });
    this.element = el('header', { className: 'dash-header' }, [
      el('div', { className: 'title-row' }, [el('h1', { attrs: { id: 'campaign-name' } }), el('span', { className: 'badges', attrs: { id: 'badges' } })]),
      el('div', { className: 'controls' }, [
        el('label', { className: 'range-label', text: s('range'), attrs: { for: 'range-select' } }),
        this.select,
        button(s('refresh'), callbacks.onRefresh, { id: 'refresh-button' }),
        button(s('openJson'), callbacks.onOpenJson, { secondary: true, id: 'open-json-button' }),
        button(s('copyJson'), callbacks.onCopyJson, { secondary: true, id: 'copy-json-button' }),
        exportAll,
      ]),
      this.custom,
      this.meta,
    ]);
  }


  init(message: InitMessage): void {
    this.locale = message.locale || 'en';
    const name = this.element.querySelector('#campaign-name');
    if (name) name.textContent = message.campaign.name;
    const badges = this.element.querySelector('#badges');
    if (badges) {
      clear(badges);
      badges.append(el('span', { className: 'badge status', text: message.campaign.status ?? s('statusUnknown') }));
      if (message.isDemo) badges.append(el('span', { className: 'badge demo', text: s('demo') }));
    }
    this.showRange(message.range, message.preset, 1);
  }

  /** Reflect the range being shown (from the host's loading/data messages). */
  showRange(range: RangeDto, preset: RangePreset | null, windows: number, fetchedAt?: number): void {
    const choice = preset ?? 'custom';
    if (this.select.value !== choice) this.select.value = choice;
    this.custom.hidden = preset !== null;
    this.fromInput.value = toDateInput(range.from);
    this.toInput.value = toDateInput(range.to);
    const format = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short', year: 'numeric' });
    const parts = [`${format.format(new Date(range.from))} – ${format.format(new Date(range.to))}`];
    // Before the data arrives (no fetchedAt yet) the split is announced, afterwards reported.
    if (windows > 1) parts.push(fetchedAt === undefined ? s('willFetchInParts', windows) : s('fetchedInParts', windows));
    if (fetchedAt !== undefined) parts.push(s('fetchedAt', timeText(fetchedAt, this.locale)));
    this.meta.textContent = parts.join(' · ');
  }

  private onSelect(): void {
    const value = this.select.value;
    if (value === 'custom') {
      this.custom.hidden = false;
      this.fromInput.focus();
      return;
    }
    this.custom.hidden = true;
    this.callbacks.onPreset(value as RangePreset);
  }

  private applyCustom(): void {
    const result = customRange(this.fromInput.value, this.toInput.value);
    if (!result.ok) {
      this.customMessage.textContent = s(result.problem);
      this.customMessage.classList.add('invalid');
      return;
    }
    this.customMessage.classList.remove('invalid');
    this.customMessage.textContent = result.parts > 1 ? s('willFetchInParts', result.parts) : '';
    this.callbacks.onCustom({ from: result.from, to: result.to });
  }
}
