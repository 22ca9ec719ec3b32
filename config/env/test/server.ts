// No cron in tests: jobs are called directly at a frozen time.
export default { cron: { enabled: false } };
