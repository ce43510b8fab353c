import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium; Playwright's own browser download is unreachable on our machines.
const chromium = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  // One retry in CI only: once in six full local runs Debian's Chromium closed the browser mid-test
  // ("Target page, context or browser has been closed" at page.goto). A retried test is listed as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]], // npm test adds the json reporter for its closing line
  timeout: 30_000,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "de-DE",
    trace: "off",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, grep: /@phone/ },
  ],
});
