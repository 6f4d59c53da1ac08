// The owner of the client's "Which therapist is this?" answers, one per series (UID).
import { seriesKey } from '../therapists/attribute';
import { update } from './io';
import { seriesChoicesItem } from './items';

/** Every occurrence of the series `uid` of `sourceId` is a session with `therapistId`; null: not a session. */
export async function chooseSeriesTherapist(sourceId: string, uid: string, therapistId: string | null): Promise<void> {
  await update(seriesChoicesItem, (all) => ({ ...all, [seriesKey(sourceId, uid)]: therapistId }));
}

/** Lets the evidence decide again for the series. */
export async function forgetSeriesChoice(sourceId: string, uid: string): Promise<void> {
  await update(seriesChoicesItem, (all) => {
    const { [seriesKey(sourceId, uid)]: _gone, ...rest } = all;
    return rest;
  });
}
