import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { ResponseSerializationError, serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

/** Keeps only what a response schema declares, without validating it. */
type Projection = (value: unknown) => unknown;

const identity: Projection = (value) => value;

/** Node kinds whose value is written as it is: scalars, enums, literals, anything. */
const AS_IS = new Set(['string', 'number', 'boolean', 'bigint', 'enum', 'literal', 'null', 'undefined', 'date', 'any', 'unknown', 'template_literal']);

function resolveSchema(maybeSchema: unknown): $ZodType {
  if (maybeSchema instanceof $ZodType) return maybeSchema;
  const properties = (maybeSchema as { properties?: unknown } | null)?.properties;
  if (properties instanceof $ZodType) return properties;
  throw new Error('a response schema must be a zod schema');
}

/** A part of the response that zod parsed and rejected. */
class ProjectionFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('the response does not match its schema');
  }
}

/** Anything this compiler does not project itself (unions, defaults, transforms…) goes through zod, validated. */
function parsedByZod(schema: $ZodType): Projection {
  return (value) => {
    const result = safeParse(schema, value);
    if (result.error) throw new ProjectionFailure(result.error);
    return result.data;
  };
}

const cache = new WeakMap<$ZodType, Projection>();

/**
 * Compiles a zod response schema into a projection: objects keep exactly their declared keys (as zod's
 * default strip mode does — a field a presenter left in never reaches the client), arrays and records
 * project their items, optional and nullable pass their empty value. Unions, defaults, transforms and other
 * kinds are parsed by zod as before.
 */
export function compileProjection(schema: $ZodType): Projection {
  const cached = cache.get(schema);
  if (cached) return cached;
  // A recursive schema (an object field's getter returning the object) reaches itself while compiling:
  // it gets a forwarder to the finished projection.
  const finished: { project?: Projection } = {};
  cache.set(schema, (value) => (finished.project as Projection)(value));
  const compiled = compileNode(schema);
  finished.project = compiled;
  cache.set(schema, compiled);
  return compiled;
}

function compileNode(schema: $ZodType): Projection {
  const def = schema._zod.def as { type: string } & Record<string, unknown>;
  if (AS_IS.has(def.type)) return identity;
  const inner = (key: string): Projection => compileProjection(def[key] as $ZodType);
  const byZod = parsedByZod(schema);
  switch (def.type) {
    case 'optional': {
      const project = inner('innerType');
      return (value) => (value === undefined ? value : project(value));
    }
    case 'nullable': {
      const project = inner('innerType');
      return (value) => (value === null ? value : project(value));
    }
    case 'readonly':
      return inner('innerType');
    case 'default': {
      // zod puts the default only in place of undefined; any other value is its inner schema's.
      const project = inner('innerType');
      return (value) => (value === undefined ? byZod(value) : project(value));
    }
    case 'union':
      return compileDiscriminatedUnion(def, byZod);
    case 'lazy': {
      let project: Projection | undefined;
      return (value) => (project ??= compileProjection((def.getter as () => $ZodType)()))(value);
    }
    case 'array': {
      const project = inner('element');
      return (value) => (Array.isArray(value) ? value.map(project) : byZod(value));
    }
    case 'record': {
      if ((def.keyType as $ZodType)._zod.def.type !== 'string') return byZod;
      const project = inner('valueType');
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return byZod(value);
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) out[key] = project(item);
        return out;
      };
    }
    case 'object':
      return compileObject(def, byZod);
    default:
      return byZod;
  }
}

/** A discriminated union projects its value as the option its tag names; anything else (or a plain union) goes to zod. */
function compileDiscriminatedUnion(def: Record<string, unknown>, byZod: Projection): Projection {
  const tagKey = def.discriminator;
  if (typeof tagKey !== 'string') return byZod;
  const byTag = new Map<unknown, Projection>();
  for (const option of def.options as $ZodType[]) {
    const tag = (option._zod.def as { shape?: Record<string, $ZodType> }).shape?.[tagKey]?._zod.def as { type: string; values?: unknown[] } | undefined;
    if (tag?.type !== 'literal' || !tag.values) return byZod;
    const project = compileProjection(option);
    for (const value of tag.values) byTag.set(value, project);
  }
  return (value) => {
    const project = typeof value === 'object' && value !== null ? byTag.get((value as Record<string, unknown>)[tagKey]) : undefined;
    return project ? project(value) : byZod(value);
  };
}

function compileObject(def: Record<string, unknown>, byZod: Projection): Projection {
  const catchall = def.catchall as $ZodType | undefined;
  // A loose object (or one with a catchall) keeps undeclared keys: zod decides what they become.
  if (catchall !== undefined && catchall._zod.def.type !== 'never') return byZod;
  const fields = Object.entries(def.shape as Record<string, $ZodType>).map(([key, field]) => {
    const kind = field._zod.def.type;
    // A missing value still goes to zod where zod may make something of it (a default) or reject it.
    return { key, project: compileProjection(field), whenMissing: kind !== 'optional' && !AS_IS.has(kind) };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return byZod(value);
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, project, whenMissing } of fields) {
      const item = source[key];
      if (item !== undefined) out[key] = project(item);
      else if (whenMissing) {
        const made = project(undefined);
        if (made !== undefined) out[key] = made;
      }
    }
    return out;
  };
}

/**
 * Fastify serializer compiler for zod response schemas that does not re-validate what the presenters
 * built: it projects the value onto the schema (only declared fields are written) and stringifies it. With
 * `verify`, every response is also serialized the old way (zod parse, then JSON) and a difference throws —
 * the test suites run so, which proves the projection writes exactly what zod would.
 */
export function projectingSerializerCompiler(options: { verify: boolean }): FastifySerializerCompiler<unknown> {
  return (route) => {
    const { schema: maybeSchema, method, url } = route;
    const project = compileProjection(resolveSchema(maybeSchema));
    const write = (data: unknown): string => {
      try {
        return JSON.stringify(project(data));
      } catch (error) {
        if (error instanceof ProjectionFailure) throw new ResponseSerializationError(method, url, { cause: error.cause as never });
        throw error;
      }
    };
    if (!options.verify) return write;
    const byZod = (zodSerializerCompiler as unknown as FastifySerializerCompiler<unknown>)(route);
    return (data: unknown) => {
      const expected = byZod(data);
      const written = write(data);
      if (written !== expected) throw new Error(`response projection of ${method} ${url} differs from zod's output:\n${written}\n${expected}`);
      return written;
    };
  };
}
