/** Today's date in the server's zone (Asia/Shanghai in production) as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
