import { Id } from '@kinlink/core';
import { z } from 'zod';

/** `:id` path parameter. Record ids like `mk.redcross.example/0190…` are sent URL-encoded (%2F). */
export const IdParam = z.strictObject({ id: Id });

/** Body-less actions and 204 responses. */
export const NoContent = z.null();

export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Standard error responses, documented once for every route. */
export const errorResponses = {
  400: ErrorBody.describe('Validation failed: `issues` lists each field path and what is wrong'),
  401: ErrorBody.describe('Not signed in'),
  403: ErrorBody.describe('Signed in, but not allowed'),
  404: ErrorBody.describe('No such record, or not visible to you'),
};
