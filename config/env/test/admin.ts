// Tests talk HTTP to the admin API; they need no built admin panel.
export default { serveAdminPanel: false };
