/**
 * Why an element shows an error instead of its figure (DESIGN §3): the code, with what
 * its localized message needs. Loading is only one source of them: a document may
 * parse and validate and still break a rule of the element, or be impossible to draw.
 */
import type { Params } from './messages.js';
import type { Problem } from './schema.js';

/** The error codes of DESIGN §3. */
export type ErrorCode = 'E_PARSE' | 'E_SCHEMA' | 'E_FETCH' | 'E_TIMEOUT' | 'E_URL' | 'E_RENDER';

/** Why a document could not be shown; localized when rendered. */
export interface Failure {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly problems?: readonly Problem[];
}
