export { params, defaults, type Params } from './params.ts';
export { run, type Result } from './model.ts';
