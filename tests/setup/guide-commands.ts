// Every command docs/deployment.md tells an operator to run (its `sh` blocks, and the `ExecStart=`
// lines of its systemd units), and what runs it here. tests/unit/deployment-guide.test.ts checks
// that each command of the guide has an entry, that each `runBy` file exists and contains `proof`
// (the text by which it runs the command), and that no entry is left over. Commands of the
// operating system that no test can run here are `external`, with the reason.

export type GuideCommand = {
  /** The command as the guide writes it; a RegExp where the guide has a placeholder. */
  command: string | RegExp;
  /** The test or script that runs the command, relative to the repository. */
  runBy?: string;
  /** Text in `runBy` by which it runs the command; defaults to the command itself. */
  proof?: string;
  /** Not run here: what it is and why. */
  external?: string;
};

export const GUIDE_COMMANDS: GuideCommand[] = [
  // Installation
  {
    command: "sudo apt-get install -y postgresql-15 postgresql-client-15",
    runBy: "scripts/test.ts",
    proof: '"postgresql-15", "postgresql-client-15"',
  },
  { command: "npm ci", runBy: ".ci/run", proof: "npm ci" },
  { command: "openssl rand -hex 32", runBy: "tests/unit/deployment-guide.test.ts", proof: '["rand", "-hex", "32"]' },
  // The operator's shell reads the env file before every npm command.
  { command: "set -a; . /etc/angebotskatalog/env; set +a", runBy: "tests/e2e/production/shell.ts", proof: "set -a; . '${envFile}'; set +a;" },
  { command: /^cd \/srv\/angebotskatalog$/, external: "the shell's change into the project's folder (the tests run in the checkout)" },
  // First start and updates
  { command: "npm run db:migrate", runBy: "tests/e2e/production.spec.ts", proof: 'guide("npm run db:migrate")' },
  { command: "npm run seed", runBy: "tests/e2e/production.spec.ts", proof: 'guide("npm run seed")' },
  {
    command: /^npm run admin:invite -- \S+@\S+$/,
    runBy: "tests/e2e/production.spec.ts",
    proof: "guide(`npm run admin:invite -- ${ADMIN_EMAIL}`)",
  },
  {
    command: "npm run build",
    // `npm run build` is `next build`; the e2e run's global setup builds through buildSite(), and
    // the production test serves exactly that build.
    runBy: "scripts/lib/site.ts",
    proof: '[NEXT_BIN, "build"]',
  },
  // The systemd unit's command: the production test starts both instances with it.
  { command: "/usr/bin/npm start -- -p %i -H localhost", runBy: "tests/e2e/production/shell.ts", proof: "npm start -- -p ${port} -H localhost" },
  {
    command: /^\/srv\/angebotskatalog\/node_modules\/@gaubee\/meilisearch-linux-amd64\/meilisearch --db-path \S+ --dump-dir \S+ --http-addr 127\.0\.0\.1:7700 --env production --no-analytics$/,
    // startMeilisearch() runs the same binary with the same options on a free port (in
    // Meilisearch's development mode: the tests' servers are throwaway).
    runBy: "scripts/lib/services.ts",
    proof: '"--http-addr", `127.0.0.1:${port}`',
  },
  { command: /^git fetch --tags && git checkout \S+$/, external: "git: fetching the release to install" },
  {
    command: /^sudo systemctl (daemon-reload|enable --now angebotskatalog@\d+|restart 'angebotskatalog@\*')$/,
    external: "systemd, Debian's service manager: the unit's ExecStart (above) is what the production test runs",
  },
  // Keys and health: the production test above runs them.
  {
    command: "sudo sh -c 'set -a; . /etc/meilisearch/env; . /etc/angebotskatalog/env; npm run setup:keys -- --env-file /etc/angebotskatalog/env'",
    // The spec runs it with both env files read, as here, without sudo (the test runs as one user).
    runBy: "tests/e2e/production.spec.ts",
    proof: "set -a; . '${servers.meiliEnvFile}'; set +a; npm run setup:keys -- --env-file '${servers.envFile}'",
  },
  { command: /^npm run backup -- --out \S+$/, runBy: "tests/integration/backup-restore.test.ts", proof: 'npm("backup", ["--out", out]' },
  { command: /^npm run restore -- \S+$/, runBy: "tests/integration/backup-restore.test.ts", proof: 'npm("restore", [file]' },
  { command: /^curl -fsS http:\/\/localhost:\d+\/api\/ready$/, runBy: "tests/e2e/production.spec.ts", proof: "`curl -fsS ${instance.url}/api/ready`" },
];
