/**
 * Every error code Lanyard answers with, in one place. Codes are public API: clients switch on them,
 * so a code is never renamed or reused once released. Messages here are the default sentence a person
 * reads; a thrower may give a more specific one, but never one that reveals internals.
 */
export const errorCatalog = {
  BAD_REQUEST: { status: 400, message: 'The request could not be read.' },
  GRAPHQL_PARSE_FAILED: { status: 400, message: 'The GraphQL document could not be parsed.' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, message: 'The GraphQL document is not valid for this API.' },
  QUERY_TOO_DEEP: { status: 400, message: 'The query is nested too deeply.' },
  VALIDATION_FAILED: { status: 400, message: 'Some fields are not valid.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send requests as application/json.' },
  NOT_FOUND: { status: 404, message: 'There is nothing at this address.' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in to continue.' },
  INTERNAL_TOKEN_INVALID: {
    status: 401,
    message: 'This service answers only requests forwarded by the Lanyard edge.',
  },
  BAD_CREDENTIALS: { status: 401, message: 'The username, company name or password is incorrect.' },
  BAD_SECOND_FACTOR: {
    status: 401,
    message: 'That code is not valid. Check your authenticator app, or use one of your recovery codes.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    message: 'Too many wrong attempts. Wait 15 minutes, then sign in again.',
  },
  SIGN_UP_LINK_INVALID: {
    status: 410,
    message: 'This sign-up link has expired or was already used. Ask your administrator to send you a new invitation.',
  },
  RESET_LINK_INVALID: {
    status: 410,
    message: 'This password reset link has expired or was already used. Ask for a new one from the sign-in page.',
  },
  SIGN_IN_EXPIRED: {
    status: 401,
    message: 'Your sign-in has expired. Start again with your username and company name.',
  },
  SECOND_FACTOR_ALREADY_SET_UP: {
    status: 409,
    message: 'Two-factor authentication is already set up for this account. Sign in with your code.',
  },
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this.' },
  USERNAME_TAKEN: {
    status: 409,
    message: 'Your company already has a user with this username. Choose another one.',
  },
  NOT_INVITED: {
    status: 409,
    message: 'This user has already accepted their invitation.',
  },
  INVITATION_PENDING: {
    status: 409,
    message: 'This user has not accepted their invitation yet. Resend the invitation instead.',
  },
  EMAIL_NOT_SENT: {
    status: 502,
    message: 'The change is saved, but the email could not be sent. Try again in a moment.',
  },
  IP_ACCESS_LIST_EXCLUDES_YOU: {
    status: 409,
    message: 'This list would refuse your own address, and you would be signed out. Add your address, or confirm to save anyway.',
  },
  IP_NOT_ALLOWED: {
    status: 403,
    message: 'Your company allows sign-in only from listed addresses. Ask your administrator to add your address.',
  },
  RATE_LIMITED: {
    status: 429,
    message: 'Too many failed sign-ins from your network. Wait a few minutes, then try again.',
  },
  ACCESS_GROUP_NAME_TAKEN: {
    status: 409,
    message: 'Your company already has a group with this name. Choose another one.',
  },
  SYSTEM_GROUP_PROTECTED: {
    status: 403,
    message: 'All modules and No access are system groups: they cannot be renamed, deactivated or deleted.',
  },
  ROOT_MASTER_PROTECTED: {
    status: 403,
    message: 'The Root Master opened this company account and can never be deleted or demoted.',
  },
  PROVISIONING_FAILED: {
    status: 502,
    message: 'Lanyard could not create your account in this module. Try again later or ask your administrator.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: 'Part of Lanyard is unavailable right now. Try again in a moment.',
  },
  INTERNAL_ERROR: { status: 500, message: 'Something went wrong on our side. Try again in a moment.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}
