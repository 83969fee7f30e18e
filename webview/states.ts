/** Loading skeleton, empty range, error card with its fixing action, stale banner. */
import type { ErrorMessage, WebviewAction } from '../src/shared/protocol';
import { button, el } from './dom';
import { timeText } from './tickText';
import { s } from './strings';

export function skeleton(): HTMLElement {
  const kpis = el('div', { className: 'kpis' }, Array.from({ length: 6 }, () => el('div', { className: 'card kpi skeleton' })));
  const charts = el('div', { className: 'charts' }, Array.from({ length: 4 }, () => el('div', { className: 'card chart-card skeleton tall' })));
  return el('div', { className: 'loading', attrs: { role: 'status', 'aria-live': 'polite', 'data-state': 'loading' } }, [
    el('p', { className: 'sr-only', text: s('loading') }),
    el('vscode-progress-ring', { attrs: { 'aria-label': s('loading') } }),
    kpis,
    charts,
  ]);
}

export function emptyState(): HTMLElement {
  return el('div', { className: 'card empty', attrs: { role: 'status', 'data-state': 'empty' } }, [
    el('h2', { text: s('noCalls') }),
    el('p', { className: 'muted', text: s('noCallsHint') }),
  ]);
}


/** A running "Retry in N s" countdown; stopped by the returned function. */
function countdownButton(seconds: number, onRetry: () => void): { element: HTMLElement; stop: () => void } {
  const b = button(s('retryIn', seconds), onRetry, { id: 'error-action' });
  b.setAttribute('disabled', '');
  let left = Math.max(0, Math.ceil(seconds));
  const timer = setInterval(() => {
    left--;
    if (left <= 0) {
      clearInterval(timer);
      b.textContent = s('retry');
      b.removeAttribute('disabled');
    } else {
      b.textContent = s('retryIn', left);
    }
  }, 1000);
  return { element: b, stop: () => clearInterval(timer) };
}

/** The card, and a function that stops its countdown (if any). */
export function errorCard(m: ErrorMessage, onAction: (a: WebviewAction) => void): { element: HTMLElement; stop: () => void } {
  let stop = () => undefined as void;
  let action: HTMLElement | null = null;
  switch (m.action) {
    case 'setToken':
      action = button(s('setToken'), () => onAction('setToken'), { id: 'error-action' });
      break;
    case 'shortenRange':
      action = button(s('shortenRange'), () => onAction('shortenRange'), { id: 'error-action' });
      break;
    case 'checkSettings':
      action = button(s('openSettings'), () => onAction('openSettings'), { id: 'error-action' });
      break;
    case 'retryLater':
      if (m.retryAfterSeconds !== undefined && m.retryAfterSeconds > 0) {
        const c = countdownButton(m.retryAfterSeconds, () => onAction('retry'));
        action = c.element;
        stop = c.stop;
      } else action = button(s('retry'), () => onAction('retry'), { id: 'error-action' });
      break;
    case 'retry':
    case 'checkCampaign':
      action = button(s('retry'), () => onAction('retry'), { id: 'error-action' });
      break;
    case 'none':
      break;
  }
  const element = el('div', { className: 'card error', attrs: { role: 'alert', 'data-state': 'error', 'data-kind': m.kind } }, [
    el('h2', { text: s('errorTitle') }),
    el('p', { className: 'error-message', text: m.message }),
    action,
  ]);
  return { element, stop };
}

export function staleBanner(m: ErrorMessage, locale: string, onFix: () => void, fixLabel: string): HTMLElement {
  const when = m.fetchedAt !== null ? timeText(m.fetchedAt, locale) : '—';
  return el('div', { className: 'stale-banner', attrs: { role: 'status', 'data-state': 'stale' } }, [
    el('span', { text: s('stale', when, m.message) }),
    button(fixLabel, onFix, { secondary: true }),
  ]);
}
