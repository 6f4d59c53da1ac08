/** How a message to the therapist is sent. */
export type SendChannel = 'mailto' | 'gmail' | 'outlook' | 'portal' | 'clipboard';

export interface Settings {
  /** The client's name, used to sign messages. */
  clientName: string;
  /** Where a therapist's replies to messages sent from Gmail go; empty: the Gmail address. */
  replyTo: string;
  /** Region for crisis resources (ISO 3166 code: US, GB, CA, AU, IE, NZ …). */
  region: string;
  /** The check-in window opens this many minutes before the start. */
  checkInBeforeMinutes: number;
  /** Reminders this many hours before each deadline; empty: none. */
  reminderHours: number[];
  /** A reminder when the check-in window opens. */
  remindAtCheckIn: boolean;
  /** No notifications between these local times (HH:MM), or null. */
  quietHours: { start: string; end: string } | null;
  sendChannel: SendChannel;
  /** Deadline markers on Google Calendar's grid. */
  gridMarkers: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  clientName: '',
  replyTo: '',
  region: 'US',
  checkInBeforeMinutes: 15,
  reminderHours: [24, 2],
  remindAtCheckIn: true,
  quietHours: null,
  sendChannel: 'mailto',
  gridMarkers: true,
};
