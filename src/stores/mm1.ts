import { atom, computed } from 'nanostores';
import { mm1 } from '@field-guide/sims';

/** The parameters the reader has set; shared by the controls island and the result island. */
export const $mm1Params = atom<mm1.Params>(mm1.defaults());

/** The run for the current parameters, recomputed only when they change. */
export const $mm1Result = computed($mm1Params, (p) => mm1.run(p));
