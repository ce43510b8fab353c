// One level of a load test: `connections` clients on one URL for `seconds`, each sending its next
// request as soon as the last one is answered (autocannon). Every response time is kept, so the
// percentiles are exact rather than autocannon's fixed set (which has no p95).
import autocannon from "autocannon";

export type LevelResult = { connections: number; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; requests: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

export async function runLevel(url: string, connections: number, seconds: number): Promise<LevelResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    // Refused or reset connections, requests without an answer in 10 s, and any answer but 2xx.
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
