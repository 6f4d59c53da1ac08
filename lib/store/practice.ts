// The owner of the practice log and the client's own exercises.
import type { Exercise } from '../model/exercise';
import { update } from './io';
import { customExercisesItem, practiceLogItem } from './items';
import { exerciseSchema } from './schemas';

export async function logPractice(exerciseId: string, at: number): Promise<void> {
  await update(practiceLogItem, (entries) => [...entries, { exerciseId, at }]);
}

export async function addExercise(exercise: Exercise): Promise<void> {
  const valid = exerciseSchema(exercise, []);
  if (!valid) throw new Error('This exercise could not be saved: it needs a name.');
  await update(customExercisesItem, (all) => [...all.filter((e) => e.id !== valid.id), valid]);
}

export async function removeExercise(id: string): Promise<void> {
  await update(customExercisesItem, (all) => all.filter((e) => e.id !== id));
}
