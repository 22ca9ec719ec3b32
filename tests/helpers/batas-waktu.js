// Booting Strapi and walking a workflow over HTTP takes longer than Jest's default 5 s.
jest.setTimeout(120000);
