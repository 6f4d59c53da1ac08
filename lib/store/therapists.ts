// The owner of the therapist list.
import type { Therapist } from '../therapists/therapist';
import { update } from './io';
import { therapistsItem } from './items';
import { mergePatch, type MergePatch } from './merge-patch';
import { therapistSchema } from './schemas';

export async function addTherapist(therapist: Therapist): Promise<void> {
  const valid = therapistSchema(therapist, []);
  if (!valid) throw new Error('This therapist could not be saved: some details are missing.');
  await update(therapistsItem, (all) => [...all.filter((t) => t.id !== valid.id), valid]);
}

/** Changes the fields of one therapist that `patch` names, over what is stored now. */
export async function editTherapist(id: string, patch: MergePatch<Therapist>): Promise<void> {
  await update(therapistsItem, (all) => {
    const next = all.map((t) => {
      if (t.id !== id) return t;
      // A patch that would leave the therapist unreadable changes nothing.
      const edited = therapistSchema({ ...mergePatch<Therapist>(t, patch), id }, []) ?? t;
      return JSON.stringify(edited) === JSON.stringify(t) ? t : edited;
    });
    // Nothing changed (an editor saving what was already there): nothing is written.
    return next.every((t, i) => t === all[i]) ? all : next;
  });
}

export async function removeTherapist(id: string): Promise<void> {
  await update(therapistsItem, (all) => all.filter((t) => t.id !== id));
}
