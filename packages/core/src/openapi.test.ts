import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as core from './index';

describe('schemas for OpenAPI', () => {
  it('converts every exported zod schema to JSON Schema, inputs and outputs', () => {
    const schemas = Object.entries(core).filter(([, v]) => v instanceof z.ZodType) as [string, z.ZodType][];
    expect(schemas.length).toBeGreaterThan(40);
    for (const [name, schema] of schemas) {
      for (const io of ['input', 'output'] as const) {
        expect(() => z.toJSONSchema(schema, { io, unrepresentable: 'throw' }), `${name} (${io})`).not.toThrow();
      }
    }
  });
  it('marks strict objects as closed', () => {
    const json = z.toJSONSchema(core.PersonInput, { io: 'input' }) as { additionalProperties?: unknown };
    expect(json.additionalProperties).toBe(false);
  });
});
