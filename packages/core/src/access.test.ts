import { describe, expect, it } from 'vitest';
import type { AccessGrant } from './access';
import { canActor, canViewRecord, recordAccess, visibleOrganisationIds } from './access';
import { Permission, ROLE_PERMISSIONS, Role, permissionsFor } from './roles';
import type { Actor } from './user';

const officerMk: Actor = { userId: 'u1', organisationId: 'mk', branchId: null, role: 'tracing_officer' };
const grant = (over: Partial<AccessGrant>): AccessGrant => ({
  fromOrganisationId: 'rs', toOrganisationId: 'mk', status: 'accepted', caseId: 'rs/case-1', personId: null, dataCategories: ['identity'], ...over,
});

describe('roles and permissions', () => {
  it('gives every role a table entry and only known permissions', () => {
    for (const role of Role.options) {
      for (const p of permissionsFor(role)) expect(Permission.options).toContain(p);
    }
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...Role.options].sort());
  });
  it('keeps sensitive data to tracing officers and administration to administrators', () => {
    const holders = (p: Permission) => Role.options.filter((r) => canActor({ role: r }, p));
    expect(holders('person.read_sensitive')).toEqual(['tracing_officer']);
    expect(holders('user.manage')).toEqual(['administrator']);
    expect(holders('audit.read').sort()).toEqual(['administrator', 'auditor']);
  });
  it('lets auditors read but never write', () => {
    const writes = Permission.options.filter((p) => /\.(create|update|manage|close|reopen|assign|record|withdraw|decide|request|run|note|review)$/.test(p));
    for (const p of writes) expect(canActor({ role: 'auditor' }, p), p).toBe(false);
    expect(canActor({ role: 'auditor' }, 'case.read')).toBe(true);
  });
});

describe('visibleOrganisationIds', () => {
  it('is the own organisation plus senders of accepted transfers towards it', () => {
    const grants = [
      grant({}),
      grant({ fromOrganisationId: 'hr', status: 'requested' }),
      grant({ fromOrganisationId: 'si', status: 'declined' }),
      grant({ fromOrganisationId: 'bg', toOrganisationId: 'rs' }),
    ];
    expect([...visibleOrganisationIds(officerMk, grants)].sort()).toEqual(['mk', 'rs']);
  });
});

describe('recordAccess', () => {
  it('owns records of the own organisation', () => {
    expect(recordAccess(officerMk, { organisationId: 'mk', recordIds: ['mk/1'] }, [])).toEqual({ kind: 'owner' });
  });
  it('sees another organisation\'s record only when an accepted share names it, with its categories', () => {
    const grants = [grant({ dataCategories: ['identity', 'contact'] }), grant({ caseId: 'rs/case-1', dataCategories: ['case_details'] })];
    const shared = recordAccess(officerMk, { organisationId: 'rs', recordIds: ['rs/person-9', 'rs/case-1'] }, grants);
    expect(shared.kind).toBe('shared');
    if (shared.kind === 'shared') expect([...shared.categories].sort()).toEqual(['case_details', 'contact', 'identity']);
    expect(recordAccess(officerMk, { organisationId: 'rs', recordIds: ['rs/case-2'] }, grants)).toEqual({ kind: 'none' });
    expect(recordAccess(officerMk, { organisationId: 'rs', recordIds: ['rs/case-1'] }, [grant({ status: 'requested' })])).toEqual({ kind: 'none' });
  });
  it('combines permission and access in canViewRecord', () => {
    const record = { organisationId: 'rs', recordIds: ['rs/case-1'] };
    expect(canViewRecord(officerMk, 'case.read', record, [grant({})])).toBe(true);
    expect(canViewRecord(officerMk, 'case.read', record, [])).toBe(false);
    expect(canViewRecord({ ...officerMk, role: 'auditor' }, 'audit.read', { organisationId: 'mk', recordIds: [] }, [])).toBe(true);
    expect(canViewRecord({ ...officerMk, role: 'field_volunteer' }, 'audit.read', { organisationId: 'mk', recordIds: [] }, [])).toBe(false);
  });
});
