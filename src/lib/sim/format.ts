/**
 * Number formats shared by the figures, the stats and the lessons' reveals: the models' own (islands import it too).
 */
export { formatValue, grouped, significant, trimZeros } from '@field-guide/sims/figures/format.ts';
