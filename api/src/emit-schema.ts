import { writeFileSync } from "node:fs";
import path from "node:path";
import { printAppSchema } from "./schema";

/** `npm run schema:emit` — rewrites schema/schema.graphql from the code. */
async function main() {
  const target = path.resolve(__dirname, "../../../schema/schema.graphql");
  writeFileSync(target, (await printAppSchema()) + "\n");
  console.log(`wrote ${target}`);
}

void main();
