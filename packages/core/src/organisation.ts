import { z } from 'zod';
import { CountryCode, Id, IdDomain, Timestamp, text } from './primitives';

export const OrganisationKind = z.enum(['national_society', 'icrc_delegation', 'partner_agency']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const BranchInput = z.strictObject({
  name: text(200),
  region: text(200).optional(),
});
export type BranchInput = z.infer<typeof BranchInput>;

export const Branch = BranchInput.extend({
  id: Id,
  organisationId: Id,
  region: z.string().nullable(),
  createdAt: Timestamp,
});
export type Branch = z.infer<typeof Branch>;

export const OrganisationInput = z.strictObject({
  kind: OrganisationKind,
  name: text(200),
  shortName: text(50).optional(),
  country: CountryCode,
  /** Records created by this organisation get ids `idDomain/local-id`. */
  idDomain: IdDomain,
  branches: z.array(BranchInput).max(100).default([]),
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

export const OrganisationUpdate = z.strictObject({
  name: text(200).optional(),
  shortName: text(50).nullable().optional(),
  active: z.boolean().optional(),
});
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const Organisation = z.strictObject({
  id: Id,
  kind: OrganisationKind,
  name: z.string(),
  shortName: z.string().nullable(),
  country: CountryCode,
  idDomain: IdDomain,
  active: z.boolean(),
  branches: z.array(Branch),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Organisation = z.infer<typeof Organisation>;

export const SiteKind = z.enum(['transit_centre', 'reception_centre', 'border_crossing', 'branch_office', 'other']);
export type SiteKind = z.infer<typeof SiteKind>;

export const SiteInput = z.strictObject({
  organisationId: Id,
  branchId: Id.optional(),
  kind: SiteKind,
  name: text(200),
  country: CountryCode,
  place: text(200).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
export type SiteInput = z.infer<typeof SiteInput>;

export const Site = z.strictObject({
  id: Id,
  organisationId: Id,
  branchId: Id.nullable(),
  kind: SiteKind,
  name: z.string(),
  country: CountryCode,
  place: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  active: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Site = z.infer<typeof Site>;
