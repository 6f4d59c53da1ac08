// The owner of the therapist list.
import type { Therapist } from '../therapists/therapist';
import { update } from './io';
import { therapistsItem } from './items';

export async function addTherapist(therapist: Therapist): Promise<void> {
  await update(therapistsItem, (all) => [...all.filter((t) => t.id !== therapist.id), therapist]);
}

/** Changes one therapist as it is stored now (another page may have edited other fields). */
export async function editTherapist(id: string, edit: (therapist: Therapist) => Therapist): Promise<void> {
  await update(therapistsItem, (all) => (all.some((t) => t.id === id) ? all.map((t) => (t.id === id ? edit(t) : t)) : all));
}

export async function removeTherapist(id: string): Promise<void> {
  await update(therapistsItem, (all) => all.filter((t) => t.id !== id));
}
