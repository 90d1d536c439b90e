// `npm run test:selfcheck`: proves that a failing test turns every test command red. Runs the
// deliberately failing fixtures (lib/testing/selfcheck, e2e/selfcheck) through the same npm
// scripts as the real suites and fails unless each exits non-zero *and* reports the fixture's
// failure (a crash for another reason proves nothing).
import { spawn } from "node:child_process";

const MARKER = "SELFCHECK-DELIBERATE-FAILURE";
const commands = process.argv.slice(2).length ? process.argv.slice(2) : ["test:unit", "test:integration", "test:e2e"];

function run(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], {
      env: { ...process.env, NOTAROUTE_SELFCHECK: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

let ok = true;
for (const script of commands) {
  const started = Date.now();
  const { code, output } = await run(script);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0 && output.includes(MARKER)) {
    console.log(`selfcheck: npm run ${script} exits ${code} on a failing test, as it must (${seconds} s)`);
  } else {
    ok = false;
    console.error(
      code === 0
        ? `selfcheck: npm run ${script} exited 0 although a test failed: failures cannot turn CI red.`
        : `selfcheck: npm run ${script} exited ${code}, but not because of the failing fixture:`,
    );
    console.error(output.slice(-4000));
  }
}
process.exit(ok ? 0 : 1);
