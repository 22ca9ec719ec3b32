// No cron in tests: jobs are called directly at a frozen time. Tests stand in for several
// visitors behind a proxy through X-Forwarded-For, as the production reverse proxy would.
export default { cron: { enabled: false }, proxy: { koa: true } };
