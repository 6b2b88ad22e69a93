import { defineConfig, PluginOption, UserConfig } from "vite";

/**
 * Vite settings both clients share: served by the API under `/<name>/`, and in dev mode
 * (`npm run dev -w clients/<name>`) proxying /graphql to a running API on :4000. The React
 * plugin comes from the client (each workspace resolves its own).
 */
export function clientConfig(name: "admin" | "dashboard", react: PluginOption, extra: UserConfig = {}): UserConfig {
  return defineConfig({
    base: `/${name}/`,
    plugins: [react],
    server: { proxy: { "/graphql": { target: process.env.API_URL ?? "http://localhost:4000", changeOrigin: false } } },
    build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1200, manifest: true, ...extra.build },
    ...extra,
  });
}
