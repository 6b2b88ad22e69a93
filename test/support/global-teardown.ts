import { withAdmin } from "./databases";

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PARTY_TEST_PG__;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop(); // its temporary data folder goes with the machine's tmp
    return;
  }
  await withAdmin(state.adminUrl, async (c) => {
    for (const db of state.templates) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });
}
