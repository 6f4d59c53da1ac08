import { EVENT_CHIP, readPageEvent } from '../../lib/gcal-page/dialog';
import type { CalendarAnswer, ChipAnswer, ChipText } from '../../lib/gcal-page/lookup';
import { markerAt } from '../../lib/gcal-page/marker';
import type { Markers } from './markers';
import type { AddonContext } from './quiet-context';

// Chips read per task on a first render or a data change: a month has ~500 (a frame is 16 ms,
// and the page has its own work in it). Each task asks about at most BATCH new events, so that
// no one message takes long to serialize.
const SLICE_MS = 5;
const BATCH = 100;

/**
 * The grid's chips: each `data-eventid` is asked about once per data change (the answers are
 * kept here, not in the page), and its chips get their markers from the answer.
 */
export class Chips {
  readonly #ctx: AddonContext;
  readonly #ask: (chips: ChipText[]) => Promise<CalendarAnswer | null>;
  readonly #markers: Markers;
  #generation = 0;
  #answerOf = new Map<string, ChipAnswer>();
  /** The ids asked about and the chips waiting for their answer. */
  readonly #waiting = new Map<string, Set<Element>>();
  /** The session chips, for the countdowns' tick. */
  readonly #marked = new Map<Element, ChipAnswer>();
  #pending = new Set<Element>();
  #scheduled = false;

  constructor(ctx: AddonContext, ask: (chips: ChipText[]) => Promise<CalendarAnswer | null>, markers: Markers) {
    this.#ctx = ctx;
    this.#ask = ask;
    this.#markers = markers;
  }

  /** The session a chip's event is (null: none), or undefined when not yet known. */
  keyOf(id: string): string | null | undefined {
    return this.#answerOf.get(id)?.key;
  }

  /** Chips Google added or changed: a few are painted at once, a whole view in slices. */
  add(chips: Iterable<Element>, few: boolean): void {
    for (const chip of chips) this.#pending.add(chip);
    if (few) this.#runSlice();
    else if (this.#pending.size > 0) this.#schedule();
  }

  /** The data changed: every chip in the page is asked about again (its marker stays until then). */
  reset(): void {
    this.#generation++;
    this.#answerOf = new Map();
    this.#waiting.clear();
    this.add(document.querySelectorAll(EVENT_CHIP), false);
  }

  /** The countdowns at `now`. */
  tick(now: number): void {
    this.#markers.sweep();
    for (const [chip, answer] of this.#marked) {
      if (!chip.isConnected) this.#marked.delete(chip);
      else this.#markers.set(chip, markerAt(answer.marker, now));
    }
  }

  #paint(chip: Element, answer: ChipAnswer): void {
    if (answer.key !== null) this.#marked.set(chip, answer);
    else this.#marked.delete(chip);
    if (answer.key !== null || this.#markers.has(chip)) this.#markers.set(chip, markerAt(answer.marker, Date.now()));
  }

  /** Paints `chip` from its known answer, or adds its event to `batch` to be asked. */
  #mark(chip: Element, batch: ChipText[]): void {
    const id = chip.isConnected ? chip.getAttribute('data-eventid') : null;
    if (!id) return;
    const known = this.#answerOf.get(id);
    if (known) return this.#paint(chip, known);
    let chips = this.#waiting.get(id);
    if (!chips) {
      const event = readPageEvent(chip);
      if (!event) return;
      this.#waiting.set(id, (chips = new Set()));
      batch.push({ id, texts: event.texts });
    }
    chips.add(chip);
  }

  async #askAbout(batch: ChipText[]): Promise<void> {
    const asked = this.#generation;
    const answer = await this.#ask(batch);
    if (!answer || asked !== this.#generation) return;
    batch.forEach(({ id }, i) => {
      const chipAnswer = answer.chips[i];
      if (!chipAnswer) return;
      this.#answerOf.set(id, chipAnswer);
      for (const chip of this.#waiting.get(id) ?? []) {
        if (chip.isConnected && chip.getAttribute('data-eventid') === id) this.#paint(chip, chipAnswer);
      }
      this.#waiting.delete(id);
    });
  }

  /** Reads queued chips for up to a slice of time, asks about the new ones, then yields to the page. */
  #runSlice(): void {
    this.#scheduled = false;
    const until = performance.now() + SLICE_MS;
    const batch: ChipText[] = [];
    for (const chip of this.#pending) {
      this.#pending.delete(chip);
      this.#mark(chip, batch);
      if (batch.length >= BATCH || performance.now() > until) break;
    }
    if (batch.length > 0) void this.#askAbout(batch);
    if (this.#pending.size > 0) this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#ctx.setTimeout(() => this.#runSlice(), 0);
  }
}
