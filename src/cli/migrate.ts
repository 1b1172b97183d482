/** `npm run db:migrate`: applies pending migrations to DATABASE_PATH. */
import { openDatabase } from '../db/client.js';
import { migrateDatabase, migrationStatus } from '../db/migrate.js';
import { databasePath } from '../config.js';

const db = openDatabase(databasePath());
const before = migrationStatus(db);
migrateDatabase(db);
console.info(`${databasePath()}: applied ${before.pending} migration(s); ${migrationStatus(db).applied} in total.`);
db.$client.close();
