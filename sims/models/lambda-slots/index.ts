/** The `lambda-slots` model: a Lambda worker's network slots, built on demand or pre-created at boot. */
export { params, defaults, type Params, type Strategy, type Switch } from './params.ts';
export { run, runDetail, type Result, type Summary, type Detail } from './model.ts';
export { presets, type Preset } from './presets.ts';
export { explore } from './view.ts';
export { coldPath, creationPlan, perPacketUs, rootRules } from './costs.ts';
export { lockTheory, type LockTheory } from './theory.ts';

/** Title and one-line description, for the model list. */
export const title = 'Lambda network slots (on demand vs pre-created)';
export const description =
  'Cold starts through a burst against the RTNL lock, per-packet rule cost, and parallel creation of every slot at boot: the five steps of Lambda’s 2026 network retrofit.';
/**
 * What the live view shows by default (`liveView: 'cold-starts'`): this run's cold starts through
 * the RTNL lock and the steps off it. The packet-walk and boot traces carry their own description.
 */
export const live =
  'Live view of one worker’s cold starts: each dot is a cold start of this run, waiting in line for ' +
  'the RTNL lock (one at a time, a filled box while held), then crossing tunnel, NAT and rule setup, or taking a ' +
  'ready pre-created slot at once; cold starts arriving in the burst have their own colour.';
