import { t } from '../i18n/ui';
import { cardModel } from './card';
import type { SessionView } from '../model/session-view';

/** One thing a person can do about a session, as a button or link shows it. */
export interface SessionAction {
  kind: 'join' | 'check-in' | 'undo' | 'reschedule' | 'cancel' | 'message' | 'link';
  /** What the control says ("Join & check in", "Cancel this session", a link's host). */
  label: string;
  /** Its accessible name, unique per session ("Reschedule Thursday's session"). */
  name: string;
  enabled: boolean;
  /** Join: the telehealth link it opens (and checks in); link: the page. */
  url?: string;
}

/**
 * The actions of a session in the order the popup shows them, for any view that offers them
 * (the calendar add-on's strip): "Join & check in" only for a video platform's link, any other
 * link as a plain link by its host.
 */
export function sessionActions(session: SessionView, now: number, locale: string, timeZone: string): SessionAction[] {
  const model = cardModel(session, now, locale, timeZone);
  const actions: SessionAction[] = [];
  const check = model.checkIn;
  if (check) {
    const join = check.enabled && check.videoUrl !== null;
    actions.push({
      kind: join ? 'join' : 'check-in',
      label: check.label,
      name: model.names.checkIn,
      enabled: check.enabled,
      ...(join && check.videoUrl ? { url: check.videoUrl } : {}),
    });
  }
  if (model.canUndo)
    actions.push({ kind: 'undo', label: t('common_actionUndo'), name: model.names.undo, enabled: true });
  // While a request is in its undo window or with Gmail, a second one is not offered.
  const asking = session.request?.status === 'pending' || session.request?.status === 'sending';
  if (model.canReschedule && !asking)
    actions.push({
      kind: 'reschedule',
      label: t('common_actionReschedule'),
      name: model.names.reschedule,
      enabled: true,
    });
  if (model.canCancel && !asking)
    actions.push({ kind: 'cancel', label: t('common_actionCancel'), name: model.names.cancel, enabled: true });
  if (model.canSendMessage)
    actions.push({
      kind: 'message',
      label: t('common_actionMessage'),
      name: model.names.message,
      enabled: true,
    });
  for (const link of model.links)
    actions.push({
      kind: 'link',
      label: link.host,
      name: t('common_actionLinkName', { host: link.host }),
      enabled: true,
      url: link.url,
    });
  return actions;
}
