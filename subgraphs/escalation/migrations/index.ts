/** MySQL migrations, oldest first (generated with `npm run migration:generate`). */
export const migrations: Function[] = [];
