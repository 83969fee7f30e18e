/**
 * When the charts are drawn: none before the browser has painted the KPI figures, then the cards in view,
 * then the others as they scroll in or when the page is idle. Each chart's area has its height reserved in
 * the stylesheet, so a chart arriving never moves anything.
 */
export interface Drawable {
  readonly element: HTMLElement;
  readonly drawn: boolean;
  drawChart(): void;
}

/** How far below the fold a card still counts as in view (its chart would be scrolled to in one step). */
const NEAR_PX = 120;
const IDLE_TIMEOUT_MS = 400;

export class DrawQueue<C extends Drawable> {
  private waiting: C[] = [];
  private observer: IntersectionObserver | undefined;
  private timers: Array<() => void> = [];

  /** Schedules the cards; `inViewDrawn` runs once the ones in view are drawn (the first complete view). */
  schedule(cards: readonly C[], inViewDrawn: () => void): void {
    this.cancel();
    this.waiting = cards.filter((c) => !c.drawn);
    const frame = requestAnimationFrame(() => {
      // A task after the frame: the frame that showed the KPI figures has been painted by then.
      const task = setTimeout(() => {
        for (const card of this.waiting.filter((c) => inView(c.element))) this.draw(card);
        inViewDrawn();
        this.observeRest();
        this.drawWhenIdle();
      }, 0);
      this.timers.push(() => clearTimeout(task));
    });
    this.timers.push(() => cancelAnimationFrame(frame));
  }

  /** Charts not drawn yet (the browser tests wait for 0). */
  pending(): number {
    return this.waiting.length;
  }

  cancel(): void {
    for (const stop of this.timers) stop();
    this.timers = [];
    this.observer?.disconnect();
    this.observer = undefined;
    this.waiting = [];
  }

  private draw(card: C): void {
    this.waiting = this.waiting.filter((c) => c !== card);
    this.observer?.unobserve(card.element);
    if (!card.drawn) card.drawChart();
  }

  private observeRest(): void {
    if (this.waiting.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const card = entry.isIntersecting ? this.waiting.find((c) => c.element === entry.target) : undefined;
        if (card) this.draw(card);
      }
    }, { rootMargin: `${NEAR_PX}px 0px` });
    for (const card of this.waiting) observer.observe(card.element);
    this.observer = observer;
  }

  /** One chart per idle period, so scrolling and typing stay responsive while the rest arrive. */
  private drawWhenIdle(): void {
    const next = this.waiting[0];
    if (!next) return;
    const run = () => {
      this.draw(next);
      this.drawWhenIdle();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      this.timers.push(() => cancelIdleCallback(id));
    } else {
      const id = setTimeout(run, 16);
      this.timers.push(() => clearTimeout(id));
    }
  }
}

function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight + NEAR_PX;
}
