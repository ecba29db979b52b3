import { z } from 'zod';

export const Role = z.enum(['administrator', 'tracing_officer', 'field_volunteer', 'partner_liaison', 'auditor']);
export type Role = z.infer<typeof Role>;

export const Permission = z.enum([
  'organisation.manage',
  'site.manage',
  'user.manage',
  'api_token.manage',
  'person.read',
  'person.create',
  'person.update',
  /** See (unmask) sensitive fields: ethnicity, religion, health, detention, protection indicators, photo. */
  'person.read_sensitive',
  'case.read',
  'case.create',
  'case.update',
  'case.assign',
  'case.close',
  'case.reopen',
  'case.note',
  'registration.read',
  'registration.create',
  'transfer.read',
  'transfer.request',
  'transfer.decide',
  'consent.read',
  'consent.record',
  'consent.withdraw',
  'match.review',
  'report.read',
  'export.run',
  'audit.read',
  'job.manage',
]);
export type Permission = z.infer<typeof Permission>;

const caseWork: Permission[] = [
  'person.read', 'person.create', 'person.update', 'case.read', 'case.create', 'case.update', 'case.assign',
  'case.close', 'case.reopen', 'case.note', 'registration.read', 'registration.create', 'transfer.read',
  'transfer.request', 'transfer.decide', 'consent.read', 'consent.record', 'consent.withdraw', 'match.review',
  'report.read',
];

/**
 * What each role may do, deny by default. Sensitive data is for tracing officers only (DESIGN rule 3);
 * administrators run the organisation but do not unmask sensitive fields; auditors only read.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  administrator: new Set<Permission>([
    'organisation.manage', 'site.manage', 'user.manage', 'api_token.manage', 'audit.read', 'job.manage', 'export.run',
    ...caseWork,
  ]),
  tracing_officer: new Set<Permission>([...caseWork, 'person.read_sensitive', 'export.run', 'api_token.manage']),
  field_volunteer: new Set<Permission>([
    'person.read', 'person.create', 'case.read', 'case.create', 'case.note', 'registration.read', 'registration.create',
    'consent.read', 'consent.record',
  ]),
  partner_liaison: new Set<Permission>([
    'person.read', 'person.create', 'case.read', 'case.create', 'case.note', 'registration.read', 'registration.create',
    'transfer.read', 'transfer.request', 'consent.read', 'consent.record',
  ]),
  auditor: new Set<Permission>([
    'person.read', 'case.read', 'registration.read', 'transfer.read', 'consent.read', 'report.read', 'audit.read',
  ]),
};

export function permissionsFor(role: Role): ReadonlySet<Permission> {
  return ROLE_PERMISSIONS[role];
}
