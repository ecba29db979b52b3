import { initialModel } from './initial-model';
import type { ModelParams } from './model';

export const DEFAULT_MODEL: ModelParams = initialModel();
