import { describe, expect, it } from 'vitest';
import { discoveryDocument } from './discoveryDocument.ts';

describe('discovery document', () => {
  it('names every endpoint under the issuer, and only code with S256 and ES256', () => {
    const document = discoveryDocument('https://lanyard.example');
    expect(document).toMatchObject({
      issuer: 'https://lanyard.example',
      authorization_endpoint: 'https://lanyard.example/oauth2/authorize',
      jwks_uri: 'https://lanyard.example/oauth2/jwks',
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['ES256'],
      authorization_response_iss_parameter_supported: true,
    });
    const endpoints = Object.entries(document).filter(([name]) => name.endsWith('_endpoint') || name === 'jwks_uri');
    expect(endpoints.every(([, url]) => String(url).startsWith('https://lanyard.example/oauth2/'))).toBe(true);
  });
});
