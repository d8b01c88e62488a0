import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { edgeConfig, type EdgeBindings } from './env.ts';
import { handleError, handleNotFound } from './errorResponse.ts';
import { noStoreMiddleware } from './noStore.ts';
import { requestIdMiddleware } from './requestId.ts';
import { accountSessionsRoutes } from './routes/accountSessions.ts';
import { adminLockoutsRoutes } from './routes/adminLockouts.ts';
import { adminLogoutDeliveriesRoutes } from './routes/adminLogoutDeliveries.ts';
import { authRoutes } from './routes/auth.ts';
import { developmentMailboxRoutes } from './routes/developmentMailbox.ts';
import { graphqlProxyRoutes } from './routes/graphqlProxy.ts';
import { moduleLaunchRoutes } from './routes/moduleLaunch.ts';
import { oidcAuthorizeRoutes } from './routes/oidcAuthorize.ts';
import { oidcDiscoveryRoutes } from './routes/oidcDiscovery.ts';
import { oidcEndSessionRoutes } from './routes/oidcEndSession.ts';
import { oidcLauncherRoutes } from './routes/oidcLauncher.ts';
import { oidcRevocationRoutes } from './routes/oidcRevocation.ts';
import { oidcTokenRoutes } from './routes/oidcToken.ts';
import { oidcUserinfoRoutes } from './routes/oidcUserinfo.ts';
import { healthRoutes } from './routes/health.ts';
import { launcherScriptRoutes } from './routes/launcherScript.ts';
import { recoveryRoutes } from './routes/recovery.ts';
import { secondFactorRoutes } from './routes/secondFactor.ts';
import { signUpRoutes } from './routes/signUp.ts';
import { webAppRoutes } from './routes/webApp.ts';
import { securityHeadersMiddleware } from './securityHeaders.ts';

/**
 * The Lanyard edge worker. Static files of the web app are answered by the assets layer before this
 * runs (see wrangler.toml); everything else comes here.
 */

/** Bindings are validated (and keys imported) once per isolate; a bad one fails every request with 500. */
const configMiddleware = createMiddleware<EdgeBindings>(async (c, next) => {
  c.set('config', await edgeConfig(c.env));
  await next();
});

const app = new Hono<EdgeBindings>();

// Order matters: the request id and security headers wrap everything, including error answers.
app.use(requestIdMiddleware);
app.use(securityHeadersMiddleware);
app.use(configMiddleware);
app.use('/auth/*', noStoreMiddleware);
app.use('/oauth2/authorize', noStoreMiddleware);
app.use('/oauth2/token', noStoreMiddleware);
app.use('/oauth2/userinfo', noStoreMiddleware);
app.use('/oauth2/launcher', noStoreMiddleware);
app.use('/oauth2/introspect', noStoreMiddleware);
app.use('/oauth2/end_session', noStoreMiddleware);
app.use('/launch/*', noStoreMiddleware);

app.route('/', healthRoutes);
app.route('/', graphqlProxyRoutes);
app.route('/', authRoutes);
app.route('/', secondFactorRoutes);
app.route('/', signUpRoutes);
app.route('/', recoveryRoutes);
app.route('/', accountSessionsRoutes);
app.route('/', adminLockoutsRoutes);
app.route('/', adminLogoutDeliveriesRoutes);
app.route('/', oidcDiscoveryRoutes);
app.route('/', oidcAuthorizeRoutes);
app.route('/', oidcTokenRoutes);
app.route('/', oidcUserinfoRoutes);
app.route('/', oidcRevocationRoutes);
app.route('/', oidcEndSessionRoutes);
app.route('/', moduleLaunchRoutes);
app.route('/', oidcLauncherRoutes);
app.route('/', launcherScriptRoutes);
app.route('/', developmentMailboxRoutes);
app.route('/', webAppRoutes);

app.notFound(handleNotFound);
app.onError(handleError);

export default app;
