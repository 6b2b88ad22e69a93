import react from "@vitejs/plugin-react";
import { clientConfig } from "../shared/vite-config.ts";

export default clientConfig("admin", react());
