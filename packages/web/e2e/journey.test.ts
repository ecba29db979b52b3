import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../src/i18n/catalogues';
import { LANGUAGES } from '../src/i18n/languages';
import { launchBrowser, screenshot, seriousViolations, type TestBrowser } from './support/browser';
import { totpCode } from './support/totp';
import { ensureWebBuild, startServer, type TestServer } from './support/server';

/*
 * The caseworker journey in Debian's Chromium against a real `kinlink serve` with the demo data.
 * Screenshots of the main screens in English and Arabic go to test-results/web/.
 */
let server: TestServer;
let browser: TestBrowser;
let page: Page;
/** The case created in the journey, for the later screens. */
let caseUrl = '';

const OFFICER = 'officer.mk@demo.kinlink';

async function expectAccessible(p: Page, what: string): Promise<void> {
  const violations = await seriousViolations(p);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  ensureWebBuild();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 300_000);

// A failed step leaves a picture of the page it failed on.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) await screenshot(page, `failed-${context.task.name.replace(/\W+/g, '-').slice(0, 60)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Generous limits: in CI this shares two cores with the rest of the suite.
describe('caseworker web app', { timeout: 120_000 }, () => {
  it('signs in and shows the dashboard', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('#login-email').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, 'sign-in-en');

    await page.locator('#login-email').fill(OFFICER);
    await page.locator('#login-password').fill('not the password');
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('not right');
    expect(await page.locator('#login-email').inputValue()).toBe(OFFICER);

    await page.locator('#login-password').fill(server.password);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: 'My open cases' }).waitFor();
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard-en');
  });

  it('shows the other-script forms of a name while it is typed, and keeps what was typed when a save fails', async () => {
    await page.goto(`${server.url}/cases/new`);
    await page.getByRole('heading', { level: 1, name: 'New tracing request' }).waitFor();
    await page.locator('#case-enquirer-given').fill('فاطمة');
    await page.locator('#case-sought-0-person-given').fill('محمد');
    await page.locator('#case-sought-0-person-family').fill('الخطيب');
    const forms = page.locator('#case-sought-0-person-given-scripts');
    await expect.poll(() => forms.textContent()).toMatch(/[A-Za-z]/);
    await expect.poll(() => forms.textContent()).toMatch(/[А-Яа-я]/);
    await page.locator('#case-sought-0-person-birthDate').fill('1990-13');

    // No relationship and an impossible month: the save is refused next to each field, nothing is lost.
    await page.getByRole('button', { name: 'Create the request' }).click();
    const relationship = page.locator('#case-sought-0-relationship');
    await expect.poll(() => relationship.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await relationship.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ')[0]}`).textContent()).not.toBe('');
    expect(await page.locator('#case-sought-0-person-birthDate').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#case-sought-0-person-given').inputValue()).toBe('محمد');
    expect(await page.locator('#case-enquirer-given').inputValue()).toBe('فاطمة');
    await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
    await expectAccessible(page, 'tracing request form with errors');
    await screenshot(page, 'case-form-errors-en');
  });

  it('creates a tracing request whose sought person is written in Arabic script, and works on it', async () => {
    await page.goto(`${server.url}/cases/new?lang=en`);
    await page.locator('#case-enquirer-given').fill('فاطمة');
    await page.locator('#case-enquirer-family').fill('الخطيب');
    await page.locator('#case-sought-0-relationship').selectOption('brother');
    await page.locator('#case-sought-0-person-given').fill('محمد');
    await page.locator('#case-sought-0-person-father').fill('حسين');
    await page.locator('#case-sought-0-person-family').fill('الخطيب');
    await page.locator('#case-sought-0-person-sex').selectOption('male');
    await page.locator('#case-sought-0-person-birthDate').fill('1990');
    await page.locator('#case-separation-place').fill('Gevgelija');
    await page.getByRole('button', { name: 'Create the request' }).click();
    await page.waitForURL((url) => /^\/cases\/.+/.test(url.pathname) && !url.pathname.endsWith('/new'));
    caseUrl = page.url();
    await page.getByRole('heading', { name: /Sought person 1: Brother/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('محمد');

    // Work on it: start at the desk, add a note; both appear in the timeline.
    await page.locator('#status-action').selectOption('start');
    await page.locator('#status-track').selectOption('desk');
    await page.locator('#status-h ~ form button[type="submit"]').click();
    await expect.poll(() => page.locator('h1 .badge').textContent()).toContain('In progress');
    await page.locator('#timeline-text').fill('Called the enquirer; she last heard from him in Gevgelija.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.locator('ol.timeline').textContent()).toContain('Gevgelija');

    // Edit the request: the last news, as a partial date read back in words.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.locator('#edit-lastNews-date').fill('2025-09');
    await expect.poll(() => page.locator('#edit-lastNews-date').locator('xpath=..').textContent()).toContain('September 2025');
    await page.locator('#edit-lastNews-content').fill('A phone call from Preševo.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('#sep-h').locator('xpath=..').textContent()).toContain('A phone call from Preševo.');
    await expectAccessible(page, 'case page');
    await screenshot(page, 'case-en');
  });

  it('finds the case by a name typed in Cyrillic', async () => {
    await page.goto(`${server.url}/cases?lang=en`);
    await page.locator('#case-search').fill('Мухамед');
    const table = page.locator('main table');
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('محمد');
    await expectAccessible(page, 'case list');
    await screenshot(page, 'case-list-en');
  });

  it('asks to transfer the case to another national society', async () => {
    await page.goto(`${caseUrl}?lang=en`);
    await page.locator('#transfer-toOrganisationId').waitFor();
    const serbia = await page.locator('#transfer-toOrganisationId option', { hasText: 'Serbia' }).first().getAttribute('value');
    await page.locator('#transfer-toOrganisationId').selectOption(serbia as string);
    await page.locator('#transfer-legalBasis').selectOption('consent');
    await page.locator('#transfer-message').fill('The family believes he continued to Belgrade.');
    await page.getByRole('button', { name: 'Request transfer' }).click();
    await expect.poll(() => page.locator('#transfer-h + ul').textContent()).toContain('Requested');
  });

  it('registers a person met at a site, with the name written in Cyrillic', async () => {
    await page.goto(`${server.url}/registrations/new?lang=en`);
    const site = page.locator('#reg-siteId');
    await expect.poll(() => site.locator('option').count()).toBeGreaterThan(1);
    await site.selectOption({ index: 1 });
    await page.locator('#reg-person-given').fill('Мухамед');
    await page.locator('#reg-person-father').fill('Хусеин');
    await page.locator('#reg-person-family').fill('Ал-Хатиб');
    await page.locator('#reg-person-sex').selectOption('male');
    await page.locator('#reg-person-birthDate').fill('1990-01-01');
    await page.locator('#reg-message').fill('Ја сум добро, во Табановце сум.');
    await expectAccessible(page, 'registration form');
    await screenshot(page, 'registration-en');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText(/^Registered\. Reference/).waitFor();

    // A child alone: the referral to social services is required, and said so next to its field.
    await page.getByRole('button', { name: 'Register another person' }).click();
    await page.getByLabel('Unaccompanied or separated child').check();
    await page.getByRole('note').waitFor();
    await page.locator('#reg-person-given').fill('Ahmad');
    await page.locator('#reg-person-estimatedAge').fill('14');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect.poll(() => page.locator('#reg-referredTo').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#reg-referredTo-error').textContent()).toContain('Required.');
    expect(await page.locator('#reg-person-given').inputValue()).toBe('Ahmad');
    await page.locator('#reg-referredTo').fill('Centre for Social Work Gevgelija');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText(/^Registered\. Reference/).waitFor();
  });

  it('shows the potential match with the registration written in Cyrillic, and confirms it', { timeout: 120_000 }, async () => {
    // Matching runs in the background after a save: look again until the pair is there.
    const matches = page.locator('#matches-h ~ ul li');
    const deadline = Date.now() + 60_000;
    await page.goto(`${caseUrl}?lang=en`);
    while ((await matches.count()) === 0 && Date.now() < deadline) {
      await page.waitForTimeout(2_000);
      await page.reload();
      await page.locator('#matches-h').waitFor();
    }
    const pair = matches.filter({ hasText: 'Registration' }).first();
    await pair.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review a potential match' }).waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('محمد');
    await expect.poll(() => main.textContent()).toContain('Мухамед');
    expect(await page.locator('.compare tbody tr').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'match review');
    await screenshot(page, 'match-review-en');
    const withLang = (lang: string) => {
      const url = new URL(page.url());
      url.searchParams.set('lang', lang);
      return url.toString();
    };
    await page.goto(withLang('ar'));
    await page.getByRole('heading', { level: 1, name: 'مراجعة تطابق محتمل' }).waitFor();
    await expectAccessible(page, 'Arabic match review');
    await screenshot(page, 'match-review-ar');
    await page.goto(withLang('en'));
    await page.getByRole('button', { name: 'Confirm: same person' }).click();
    await page.getByText('Next: contact the located person').waitFor();
    await expect.poll(() => page.locator('.page-head .badge').textContent()).toBe('Confirmed');
  });

  it('shows progress on a slow network and never freezes the page', async () => {
    // Hold the case list for 7 seconds, as a saturated mobile connection at a transit centre would.
    await page.route('**/api/v1/cases?*', async (route) => {
      await new Promise((r) => setTimeout(r, 7_000));
      await route.continue();
    });
    try {
      await page.goto(`${server.url}/cases?lang=en`);
      await page.locator('.progress--active').waitFor();
      await page.getByText('This is taking longer than usual').waitFor({ timeout: 10_000 });
      await page.locator('#case-search').fill('Ahmad');
      expect(await page.locator('#case-search').inputValue()).toBe('Ahmad');
      await page.locator('main table').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.locator('.progress--active').count()).toBe(0);
    } finally {
      await page.unroute('**/api/v1/cases?*');
    }
  });

  it('switches to Arabic with a right-to-left layout', async () => {
    await page.goto(`${server.url}/?lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'لوحة المتابعة' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const nav = await page.locator('nav.nav').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(nav && main && nav.x > main.x, 'the navigation is on the right of the content').toBe(true);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Sans Arabic');
    // The Arabic font is the bundled one, loaded from this server (no font from the internet).
    const arabicFont = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Noto Sans Arabic') && f.status === 'loaded').length;
    });
    expect(arabicFont).toBeGreaterThan(0);
    await expectAccessible(page, 'Arabic dashboard');
    await screenshot(page, 'dashboard-ar');

    // The choice is remembered: the next page without ?lang= is still in Arabic.
    await page.goto(`${server.url}/cases/new`);
    await page.getByRole('heading', { level: 1, name: 'طلب بحث جديد' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('#case-sought-0-person-given').fill('Мухамед');
    await expectAccessible(page, 'Arabic tracing request form');
    await screenshot(page, 'case-form-ar');

    await page.goto(caseUrl);
    await page.getByRole('heading', { name: /الشخص المبحوث عنه (1|١)/ }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(page, 'Arabic case page');
    await screenshot(page, 'case-ar');

    await page.goto(`${server.url}/registrations/new`);
    await page.getByRole('heading', { level: 1, name: 'التسجيل في موقع' }).waitFor();
    await expectAccessible(page, 'Arabic registration form');
    await screenshot(page, 'registration-ar');
  });

  it('lets an administrator manage users, organisations and sites and read the audit trail of a case', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#login-email').fill('admin@demo.kinlink');
    await page.locator('#login-password').fill(server.password);
    await page.locator('form button[type="submit"]').click();
    // The administrator's role needs a second factor: enrol with the key shown, then enter a code.
    await page.getByRole('heading', { level: 1, name: 'Set up your second factor' }).waitFor();
    const secret = (await page.locator('code.secret').textContent()) ?? '';
    await page.locator('#login-code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.locator('#login-code-error').textContent()).toContain('not right');
    expect(await page.locator('#login-code').getAttribute('aria-describedby')).toContain('login-code-error');
    await expectAccessible(page, 'second factor');
    await screenshot(page, 'second-factor-en');
    await page.locator('#login-code').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await expect.poll(() => page.locator('#users table').textContent()).toContain('officer.mk@demo.kinlink');

    await page.locator('#user-displayName').fill('Marija Ilievska');
    await page.locator('#user-email').fill('not-an-email');
    await page.getByRole('button', { name: 'Add a user' }).last().click();
    await expect.poll(() => page.locator('#user-email').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#user-email').fill('volunteer.gevgelija@demo.kinlink');
    await page.getByRole('button', { name: 'Add a user' }).last().click();
    await expect.poll(() => page.locator('#users table').textContent()).toContain('volunteer.gevgelija@demo.kinlink');
    await expectAccessible(page, 'administration');
    await screenshot(page, 'admin-en');

    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await expect.poll(() => page.locator('main table').textContent()).toContain('case.create');
    await expectAccessible(page, 'audit trail');
    await screenshot(page, 'audit-en');
    const auditUrl = page.url();

    await page.goto(`${server.url}/admin?lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'الإدارة' }).waitFor();
    await expectAccessible(page, 'Arabic administration');
    await screenshot(page, 'admin-ar');
    await page.goto(auditUrl);
    await page.getByRole('heading', { level: 1, name: 'سجل التدقيق' }).waitFor();
    await screenshot(page, 'audit-ar');
  });

  it('shows every language in its own words and direction, with dates and numbers of the language', async () => {
    for (const { code, dir } of LANGUAGES) {
      await page.goto(`${server.url}/cases?lang=${code}`);
      await page.getByRole('heading', { level: 1, name: CATALOGUES[code].cases.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(code);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      expect(await page.locator('nav.nav').textContent()).toContain(CATALOGUES[code].nav.dashboard);
      if (code === 'fa') {
        await expect.poll(() => page.locator('main table time').first().textContent()).toMatch(/[۰-۹]/);
        await screenshot(page, 'case-list-fa');
      }
    }
  });

  it('works on a tablet held upright, with the keyboard alone', async () => {
    const tablet = await browser.context.newPage();
    await tablet.setViewportSize({ width: 800, height: 1180 });
    await tablet.goto(`${server.url}/registrations/new?lang=en`);
    await tablet.getByRole('heading', { level: 1, name: 'Registration at a site' }).waitFor();
    const nav = await tablet.locator('nav.nav').boundingBox();
    const main = await tablet.locator('main').boundingBox();
    expect(nav && main && nav.y < main.y, 'navigation above the content').toBe(true);
    // Keyboard only: from the start of the document, the skip link is the first stop and moves focus to the
    // content. The second tab of a loaded browser does not always start with focus at the document, as a
    // freshly opened page does, so the test puts it there first.
    await tablet.bringToFront();
    await tablet.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await tablet.keyboard.press('Tab');
    expect(await tablet.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await tablet.keyboard.press('Enter');
    await expect.poll(() => tablet.evaluate(() => location.hash)).toBe('#main');
    await screenshot(tablet, 'registration-tablet-en');
    await tablet.close();
  });
});

