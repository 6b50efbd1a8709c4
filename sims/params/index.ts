/** Parameter schemas and their validation, shared by every model, the CLI and the site. */
export {
  defaultsOf,
  describeRange,
  isChoice,
  type ChoiceOption,
  type ChoiceParam,
  type NumberParam,
  type ParamSpec,
  type ParamsSpec,
  type Preset,
  type Question,
  type ValuesOf,
} from './spec.ts';
export { validate, type Issue, type Validated } from './validate.ts';
