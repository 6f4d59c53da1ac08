import { sessionViews, type SessionData } from '../sessions';
import type { SessionView } from '../model/session-view';
import type { CalendarAnswer, CalendarQuery, ChipAnswer, MarkerPlan, PageEventText } from './lookup';
import { markerPlan } from './marker';
import { indexSessions, matchEvent, pageEvent, type SessionIndex } from './match';
import { shownInstant } from './shown-week';
import { monthNames } from './when';

/**
 * The add-on's questions answered from one version of the stored data (lib/gcal-page/lookup.ts).
 * Made once per data change; the index and the marker plans (each with its formatted deadline)
 * are made once, the views again only when one of their states changes with time.
 */
export class CalendarAnswers {
  readonly #data: SessionData;
  readonly #timeZone: string;
  readonly #locale: string;
  #views = new Map<string, SessionView>();
  /** The first instant at which a view's state changes by itself. */
  #validUntil = -Infinity;
  #index: SessionIndex | null = null;
  readonly #plans = new Map<string, MarkerPlan | null>();

  constructor(data: SessionData, timeZone: string, locale: string) {
    this.#data = data;
    this.#timeZone = timeZone;
    this.#locale = locale;
  }

  answer(query: CalendarQuery, now: number): CalendarAnswer {
    const views = this.#viewsAt(now);
    const index = (this.#index ??= indexSessions([...views.values()], this.#timeZone));
    const context = { months: monthNames([...query.languages, 'en']), shown: shownInstant(query.path, now) };
    const keyOf = (text: PageEventText | null) => {
      const event = text && pageEvent(text);
      return event ? matchEvent(event, index, context) : null;
    };
    const chips = query.chips.map((chip): ChipAnswer => {
      const key = keyOf({ ...chip, title: null, when: chip.texts.join(', ') });
      return { key, marker: key !== null && this.#data.settings.gridMarkers ? this.#plan(key) : null };
    });
    const popup = keyOf(query.popup);
    const sessions: Record<string, SessionView> = {};
    for (const key of [popup, ...chips.map((c) => c.key)]) {
      const session = key === null ? undefined : views.get(key);
      if (session) sessions[session.appointment.key] = session;
    }
    return { chips, popup, sessions, settings: this.#data.settings, timeZone: this.#timeZone };
  }

  #viewsAt(now: number): Map<string, SessionView> {
    if (now < this.#validUntil) return this.#views;
    const views = sessionViews(this.#data, now, this.#timeZone);
    this.#views = new Map(views.map((s) => [s.appointment.key, s]));
    this.#validUntil = Math.min(...views.map((s) => s.info.next ?? Infinity));
    return this.#views;
  }

  #plan(key: string): MarkerPlan | null {
    let plan = this.#plans.get(key);
    if (plan === undefined) {
      const session = this.#views.get(key);
      plan = session ? markerPlan(session, this.#locale, this.#timeZone) : null;
      this.#plans.set(key, plan);
    }
    return plan;
  }
}
