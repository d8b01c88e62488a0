import { ConfigError, loadModuleDemoConfig } from './config.ts';
import { startModuleDemo } from './server.ts';

/** `npm start -w @lanyard/module-demo`: one instance, configured by environment variables. */
try {
  const config = loadModuleDemoConfig();
  const running = await startModuleDemo(config);
  console.log(`[module-demo] ${config.moduleName} (${config.instanceName}) at ${config.publicUrl}, listening on ${running.url}, signing in through ${config.lanyardIssuer}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[module-demo] ${error.message}`);
  process.exit(1);
}
