// Every change a page can ask for, by name. The background is the only context that writes
// stored state: pages and the calendar add-on send `write` messages (lib/store/client.ts), so
// no two contexts ever interleave a read-modify-write, and a change asked for just before a
// popup closes still lands (the message is on its way once sent). Each function here takes
// plain data only: it crosses a message.
import { checkIn, resolve, undoCheckIn, unresolve } from './attendance';
import { restoreBackup } from './backup';
import { chooseSeriesTherapist, forgetSeriesChoice } from './series-choices';
import { addExercise, logPractice, removeExercise } from './practice';
import { updateSettings } from './settings';
import { addSource, removeSource, setDemoEnabled, setSourceTherapist } from './sources';
import { addTherapist, editTherapist, removeTherapist } from './therapists';

export const writes = {
  checkIn,
  undoCheckIn,
  resolve,
  unresolve,
  updateSettings,
  addTherapist,
  editTherapist,
  removeTherapist,
  addSource,
  removeSource,
  setSourceTherapist,
  setDemoEnabled,
  chooseSeriesTherapist,
  forgetSeriesChoice,
  logPractice,
  addExercise,
  removeExercise,
  restoreBackup,
};

export type Writes = typeof writes;
export type WriteName = keyof Writes;
