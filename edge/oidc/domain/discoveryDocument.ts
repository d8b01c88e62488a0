/**
 * The OpenID Provider metadata (OpenID Connect Discovery 1.0 §3) of an issuer: what a module's client
 * library reads from /.well-known/openid-configuration to find every endpoint and what they accept.
 * Everything here is what the edge really does; nothing is advertised that it does not.
 */
export function discoveryDocument(issuer: string): Record<string, unknown> {
  const at = (path: string) => `${issuer}${path}`;
  return {
    issuer,
    authorization_endpoint: at('/oauth2/authorize'),
    token_endpoint: at('/oauth2/token'),
    userinfo_endpoint: at('/oauth2/userinfo'),
    jwks_uri: at('/oauth2/jwks'),
    end_session_endpoint: at('/oauth2/end_session'),
    revocation_endpoint: at('/oauth2/revoke'),
    introspection_endpoint: at('/oauth2/introspect'),
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    // Every redirect back to a module names the issuer (RFC 9207), so a client can tell mix-ups apart.
    authorization_response_iss_parameter_supported: true,
    grant_types_supported: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:token-exchange'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    claims_supported: ['sub', 'username', 'email', 'name', 'company', 'groups', 'amr', 'auth_time', 'sid', 'nonce'],
    backchannel_logout_supported: true,
    backchannel_logout_session_supported: true,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
  };
}
