import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './schema/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? './data/sportsgraph.db' },
});
