import { readFileSync } from "node:fs";
import path from "node:path";
import { printAppSchema } from "../api/src/schema";

describe("committed schema", () => {
  it("matches what the code generates (run `npm run schema:emit` after changing the API)", async () => {
    const committed = readFileSync(path.join(__dirname, "../schema/schema.graphql"), "utf8");
    expect(committed).toBe((await printAppSchema()) + "\n");
  });
});
