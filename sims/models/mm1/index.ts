export { params, defaults, type Params, type ParamSpec } from './params.ts';
export { run, type Result } from './model.ts';
