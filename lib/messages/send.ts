import type { SendChannel } from '../settings';
import type { Therapist } from '../therapists/therapist';
import type { Draft } from './draft';

export interface SendDeps {
  openTab(url: string): Promise<void> | void;
  copy(text: string): Promise<void>;
}

/**
 * Sends a draft through the client's channel: opens a compose link, or the portal and copies
 * the message, or only copies it. Resolves with a short note for the user, or null.
 */
export async function sendDraft(
  draft: Draft,
  channel: SendChannel,
  therapist: Therapist,
  deps: SendDeps,
): Promise<{ note: string | null }> {
  void draft;
  void channel;
  void therapist;
  void deps;
  return { note: null };
}
