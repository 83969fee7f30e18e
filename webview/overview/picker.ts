/** The overview's range picker: the dashboard's presets and custom dates, with the same checks (rangeInput.ts). */
import type { RangePreset } from '../../src/shared/vocabulary';
import { button, dateField, el, type ValueElement } from '../dom';
import { customRange, toDateInput } from '../rangeInput';


const PRESETS: Array<[RangePreset, string]> = [
  ['today', 'presetToday'],
  ['yesterday', 'presetYesterday'],
  ['last7', 'presetLast7'],
  ['last30', 'presetLast30'],
  ['last90', 'presetLast90'],
  ['thisMonth', 'presetThisMonth'],
  ['lastMonth', 'presetLastMonth'],
];

export interface PickerCallbacks {
  onPreset(preset: RangePreset): void;
  onCustom(range: { from: string; to: string }): void;
}

export class RangePicker {
  readonly element: HTMLElement;
  private readonly select: ValueElement;
  private readonly custom: HTMLElement;
  private readonly fromInput: ValueElement;
  private readonly toInput: ValueElement;
  private readonly message: HTMLElement;

  constructor(
    private readonly s: (key: string) => string,
    private readonly callbacks: PickerCallbacks,
  ) {
    this.select = document.createElement('vscode-single-select') as unknown as ValueElement;
    this.select.id = 'range-select';
    this.select.setAttribute('aria-label', s('range'));
    this.select.setAttribute('label', s('range'));
    for (const [preset, key] of PRESETS) this.select.append(el('vscode-option', { text: s(key), attrs: { value: preset } }));
    this.select.append(el('vscode-option', { text: s('custom'), attrs: { value: 'custom' } }));
    this.select.addEventListener('change', () => this.onSelect());
    this.fromInput = dateField('range-from', s('from'), () => this.apply());
    this.toInput = dateField('range-to', s('to'), () => this.apply());
    this.message = el('span', { className: 'range-message', attrs: { 'aria-live': 'polite' } });
    this.custom = el('div', { className: 'custom-range' }, [
      el('span', { className: 'range-field' }, [el('label', { text: s('from'), attrs: { for: 'range-from' } }), this.fromInput]),
      el('span', { className: 'range-field' }, [el('label', { text: s('to'), attrs: { for: 'range-to' } }), this.toInput]),
      button(s('apply'), () => this.apply(), { id: 'range-apply' }),
      this.message,
    ]);
    this.custom.hidden = true;
    this.element = el('div', { className: 'picker' }, [el('label', { className: 'range-label', text: s('range'), attrs: { for: 'range-select' } }), this.select, this.custom]);
  }


  show(preset: RangePreset | null, range: { from: string; to: string }): void {
    const choice = preset ?? 'custom';
    if (this.select.value !== choice) this.select.value = choice;
    this.custom.hidden = preset !== null;
    this.fromInput.value = toDateInput(range.from);
    this.toInput.value = toDateInput(range.to);
  }

  private onSelect(): void {
    if (this.select.value === 'custom') {
      this.custom.hidden = false;
      this.fromInput.focus();
      return;
    }
    this.custom.hidden = true;
    this.callbacks.onPreset(this.select.value as RangePreset);
  }

  private apply(): void {
    const result = customRange(this.fromInput.value, this.toInput.value);
    if (!result.ok) {
      this.message.textContent = this.s(result.problem);
      return;
    }
    this.message.textContent = '';
    this.callbacks.onCustom({ from: result.from, to: result.to });
  }
}
