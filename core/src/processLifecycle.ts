/**
 * Runs a service until SIGINT or SIGTERM (or its parent's exit), then stops it cleanly. A failure at start (bad variable, busy
 * port) prints one line naming it and exits with status 1, never a stack trace.
 */
export function runUntilSignal(name: string, start: () => Promise<() => Promise<void>>): void {
  start().then(
    (stop) => {
      let stopping = false;
      const onSignal = () => {
        if (stopping) return;
        stopping = true;
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // Started by `npm start` with an IPC channel: when that parent dies, however it died, stop too
      // rather than linger holding a port.
      if (process.connected) process.on('disconnect', onSignal);
    },
    (error: unknown) => {
      console.error(`${name} could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
