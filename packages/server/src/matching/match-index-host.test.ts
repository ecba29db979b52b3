import { describe, expect, it } from 'vitest';
import { MatchIndexHost } from './match-index-host';
import type { RoledHit } from './match-protocol';

const version = (givenName: string, updatedAt: string) => ({ record: { id: 'p1', givenName, familyName: 'Haddad' }, roles: [], updatedAt });

describe('the matching index host', () => {
  it('keeps the newest version of a person when an older one arrives late (a search jumped the queue)', () => {
    const host = new MatchIndexHost();
    host.handle({ op: 'add', entries: [version('Fatima', '2031-05-01T10:00:02.000Z')] });
    host.handle({ op: 'add', entries: [version('Zeynep', '2031-05-01T10:00:01.000Z')] });
    // The given name is what tells the versions apart: the indexed one weighs more for its own name.
    const weight = (givenName: string) => {
      const [hit] = host.handle({ op: 'search', query: { id: '', givenName, familyName: 'Haddad' }, options: { top: 1 } }) as RoledHit[];
      return hit?.weight ?? -Infinity;
    };
    expect(weight('Fatima')).toBeGreaterThan(weight('Zeynep'));

    host.handle({ op: 'add', entries: [version('Zeynep', '2031-05-01T10:00:03.000Z')] });
    expect(weight('Zeynep')).toBeGreaterThan(weight('Fatima'));
  });
});
