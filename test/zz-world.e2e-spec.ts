import { prepareSecondCollege, seedAccessWorld } from "./support/access-world";
import { startTestApp, TestApp } from "./support/test-app";
let app: TestApp;
beforeAll(async () => { app = await startTestApp({ prepare: prepareSecondCollege }); }, 60000);
afterAll(() => app.close());
it("seeds", async () => {
  const t = Date.now();
  const { world } = await seedAccessWorld(app);
  console.log(Date.now() - t, "ms", Object.keys(world.sides.inside.records).length, JSON.stringify(world.crossing));
}, 120000);
