import { describe, expect, it } from 'vitest';
import { noAccessPage, provisioningFailedPage, renderOidcPage, unifiedLoginOffPage } from './oidcPages.ts';

describe('OIDC pages', () => {
  it('names the instance a person may not open, and what to do', () => {
    expect(noAccessPage({ moduleName: 'BMS', instanceName: 'Acme EU' }).sentence).toBe(
      "You don't have access to BMS (Acme EU). Ask your administrator to add you to a group that includes it.",
    );
    expect(provisioningFailedPage({ moduleName: 'BMS', instanceName: 'Acme EU' }).sentence).toBe(
      'Lanyard could not create your account in BMS (Acme EU). Try again later or ask your administrator.',
    );
    expect(unifiedLoginOffPage({ moduleName: 'BMS', instanceName: 'Acme EU', landingPageUrl: 'https://bms.example' }).link?.href).toBe('https://bms.example');
  });

  it('escapes every value, names and links alike, and carries no script', () => {
    const html = renderOidcPage(noAccessPage({ moduleName: '<script>alert(1)</script>', instanceName: '"><img src=x>' }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(renderOidcPage({ title: 't', sentence: 's', link: { href: 'https://bms.example/?a="b"', text: 'go' } })).toContain(
      'href="https://bms.example/?a=&quot;b&quot;"',
    );
    // Only web addresses and Lanyard's own paths become links.
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//evil.example']) {
      expect(renderOidcPage({ title: 't', sentence: 's', link: { href, text: 'go' } }), href).not.toContain('<a ');
    }
  });
});
