// Deadline arithmetic must not depend on the server's zone: the unit tests run in Los Angeles.
process.env.TZ = 'America/Los_Angeles';
