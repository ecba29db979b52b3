import type { OrganisationKind, Role, SiteKind } from '@kinlink/core';

/** The demo's organisations, sites and users: a plausible slice of the Balkan route. */
export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  shortName: string;
  country: string;
  idDomain: string;
  branches: { name: string; region?: string }[];
  sites: { kind: SiteKind; name: string; place: string; latitude: number; longitude: number }[];
  /** How records written here spell names: local Cyrillic, Latin, or as told (the family's script). */
  writes: 'cyrillic' | 'latin';
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'mk', kind: 'national_society', name: 'Red Cross of the Republic of North Macedonia', shortName: 'RC North Macedonia',
    country: 'MKD', idDomain: 'mk.redcross.demo.kinlink', writes: 'cyrillic',
    branches: [{ name: 'Skopje HQ', region: 'Skopje' }, { name: 'Gevgelija branch', region: 'Southeast' }, { name: 'Kumanovo branch', region: 'Northeast' }],
    sites: [
      { kind: 'transit_centre', name: 'Vinojug transit centre', place: 'Gevgelija', latitude: 41.1392, longitude: 22.5025 },
      { kind: 'transit_centre', name: 'Tabanovce transit centre', place: 'Tabanovce', latitude: 42.2136, longitude: 21.7006 },
    ],
  },
  {
    key: 'rs', kind: 'national_society', name: 'Red Cross of Serbia', shortName: 'RC Serbia',
    country: 'SRB', idDomain: 'rs.redcross.demo.kinlink', writes: 'cyrillic',
    branches: [{ name: 'Belgrade HQ', region: 'Belgrade' }, { name: 'Preševo branch', region: 'Pčinja' }],
    sites: [
      { kind: 'reception_centre', name: 'Preševo reception centre', place: 'Preševo', latitude: 42.3067, longitude: 21.6497 },
      { kind: 'transit_centre', name: 'Šid transit centre', place: 'Šid', latitude: 45.1283, longitude: 19.2264 },
    ],
  },
  {
    key: 'hr', kind: 'national_society', name: 'Croatian Red Cross', shortName: 'Croatian RC',
    country: 'HRV', idDomain: 'hr.redcross.demo.kinlink', writes: 'latin',
    branches: [{ name: 'Zagreb HQ', region: 'Zagreb' }],
    sites: [{ kind: 'transit_centre', name: 'Slavonski Brod winter transit centre', place: 'Slavonski Brod', latitude: 45.1603, longitude: 18.0156 }],
  },
  {
    key: 'si', kind: 'national_society', name: 'Slovenian Red Cross', shortName: 'Slovenian RC',
    country: 'SVN', idDomain: 'si.redcross.demo.kinlink', writes: 'latin',
    branches: [{ name: 'Ljubljana HQ', region: 'Ljubljana' }],
    sites: [{ kind: 'reception_centre', name: 'Dobova accommodation centre', place: 'Dobova', latitude: 45.8972, longitude: 15.6553 }],
  },
  {
    key: 'me', kind: 'national_society', name: 'Red Cross of Montenegro', shortName: 'RC Montenegro',
    country: 'MNE', idDomain: 'me.redcross.demo.kinlink', writes: 'latin',
    branches: [{ name: 'Podgorica HQ', region: 'Podgorica' }],
    sites: [{ kind: 'reception_centre', name: 'Spuž reception centre', place: 'Spuž', latitude: 42.5153, longitude: 19.1953 }],
  },
  {
    key: 'bg', kind: 'national_society', name: 'Bulgarian Red Cross', shortName: 'Bulgarian RC',
    country: 'BGR', idDomain: 'bg.redcross.demo.kinlink', writes: 'cyrillic',
    branches: [{ name: 'Sofia HQ', region: 'Sofia' }],
    sites: [{ kind: 'reception_centre', name: 'Harmanli registration and reception centre', place: 'Harmanli', latitude: 41.9297, longitude: 25.9019 }],
  },
  {
    key: 'csw', kind: 'partner_agency', name: 'Centre for Social Work Preševo', shortName: 'CSW Preševo',
    country: 'SRB', idDomain: 'csw-presevo.demo.kinlink', writes: 'latin',
    branches: [], sites: [],
  },
  {
    key: 'icrc', kind: 'icrc_delegation', name: 'ICRC Regional Delegation Belgrade', shortName: 'ICRC Belgrade',
    country: 'SRB', idDomain: 'icrc-belgrade.demo.kinlink', writes: 'latin',
    branches: [], sites: [],
  },
];

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organisation: string;
  language: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.kinlink', displayName: 'Demo Administrator', role: 'administrator', organisation: 'mk', language: 'en' },
  { email: 'officer.mk@demo.kinlink', displayName: 'Elena Stojanovska', role: 'tracing_officer', organisation: 'mk', language: 'mk' },
  { email: 'officer.rs@demo.kinlink', displayName: 'Marko Jovanović', role: 'tracing_officer', organisation: 'rs', language: 'sr' },
  { email: 'officer.hr@demo.kinlink', displayName: 'Ivana Horvat', role: 'tracing_officer', organisation: 'hr', language: 'hr' },
  { email: 'officer.bg@demo.kinlink', displayName: 'Georgi Petrov', role: 'tracing_officer', organisation: 'bg', language: 'bg' },
  { email: 'officer.icrc@demo.kinlink', displayName: 'Sarah Keller', role: 'tracing_officer', organisation: 'icrc', language: 'en' },
  { email: 'volunteer.mk@demo.kinlink', displayName: 'Ardit Rexhepi', role: 'field_volunteer', organisation: 'mk', language: 'mk' },
  { email: 'liaison@demo.kinlink', displayName: 'Jelena Nikolić', role: 'partner_liaison', organisation: 'csw', language: 'sr' },
  { email: 'auditor@demo.kinlink', displayName: 'Demo Auditor', role: 'auditor', organisation: 'mk', language: 'en' },
];
