import { RegistrationInput, TracingCaseInput } from '@kinlink/core';
import { describe, expect, it } from 'vitest';
import { demoDataset } from './dataset';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './directory';

const dataset = demoDataset();
const allNames = (person: { names: Record<string, { value: string; script?: string }[]> }) =>
  Object.values(person.names).flat();

describe('demo data set', () => {
  it('is the same on every run', () => {
    expect(JSON.stringify(demoDataset())).toBe(JSON.stringify(dataset));
  });

  it('has a few hundred cases and registrations that the API schemas accept', () => {
    expect(dataset.cases.length + dataset.registrations.length).toBeGreaterThanOrEqual(300);
    for (const c of dataset.cases) expect(TracingCaseInput.safeParse(c.input).error).toBeUndefined();
    for (const r of dataset.registrations) expect(RegistrationInput.safeParse(r.input).error).toBeUndefined();
  });

  it('writes names in Arabic, Persian, Ge\'ez, Cyrillic and Latin script', () => {
    const values = [
      ...dataset.cases.flatMap((c) => [c.input.enquirer, ...c.input.sought.map((s) => s.person)]),
      ...dataset.registrations.map((r) => r.input.person),
    ].flatMap((p) => allNames(p as never).map((n) => n.value));
    const has = (re: RegExp) => values.some((v) => re.test(v));
    expect(has(/[\u0600-\u06FF]/)).toBe(true);
    expect(has(/[پچژگکی]/)).toBe(true); // letters of Persian (Dari) spelling
    expect(has(/[\u1200-\u137F]/)).toBe(true);
    expect(has(/[\u0400-\u04FF]/)).toBe(true);
    expect(has(/^[A-Za-z' -]+$/)).toBe(true);
  });

  it('registers some sought persons elsewhere on the route, written in another script', () => {
    const linked = dataset.registrations.filter((r) => r.soughtInCase !== null);
    expect(linked.length).toBeGreaterThan(30);
    const crossScript = linked.filter((r) => {
      const c = dataset.cases[r.soughtInCase as number];
      const regScripts = new Set(allNames(r.input.person as never).map((n) => n.script));
      const caseScripts = new Set(c?.input.sought.flatMap((s) => allNames(s.person as never).map((n) => n.script)));
      return [...regScripts].some((s) => !caseScripts.has(s));
    });
    expect(crossScript.length).toBeGreaterThan(linked.length / 3);
    for (const r of linked) expect(r.organisation).not.toBe(dataset.cases[r.soughtInCase as number]?.organisation);
  });

  it('has all the required organisations, sites and users', () => {
    expect(DEMO_ORGANISATIONS.map((o) => o.country)).toEqual(expect.arrayContaining(['MKD', 'SRB', 'HRV', 'SVN', 'MNE', 'BGR']));
    expect(DEMO_ORGANISATIONS.some((o) => o.kind === 'icrc_delegation')).toBe(true);
    const sites = DEMO_ORGANISATIONS.flatMap((o) => o.sites.map((s) => s.place));
    for (const place of ['Gevgelija', 'Tabanovce', 'Preševo', 'Šid', 'Slavonski Brod', 'Dobova', 'Harmanli']) expect(sites).toContain(place);
    const roles = new Set(DEMO_USERS.map((u) => u.role));
    expect(roles).toEqual(new Set(['administrator', 'tracing_officer', 'field_volunteer', 'partner_liaison', 'auditor']));
    expect(DEMO_USERS.map((u) => u.email)).toEqual(expect.arrayContaining(['admin@demo.kinlink', 'officer.mk@demo.kinlink', 'officer.rs@demo.kinlink']));
    for (const u of DEMO_USERS) expect(DEMO_ORGANISATIONS.some((o) => o.key === u.organisation)).toBe(true);
  });
});
