// Preloaded into the Prisma 6 migrate CLI only (lib/db/migrate.ts). Its WebAssembly schema
// engine leaves a 10-second timer behind (a lock timeout) after `migrate deploy` has finished,
// which kept every start-up waiting 10 s. Unref'd timers still fire while the CLI has other
// work (open database sockets), they just no longer keep a finished process alive.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000) timer.unref?.();
  return timer;
};
