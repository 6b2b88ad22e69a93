# Production image: compiled API on Node 20 serving the built clients; no embedded database
# (docker-compose.yml supplies PostgreSQL through DATABASE_URL). The browser toolchain (React,
# antd, Vite) stays in the build stage: the runtime installs only the API's own dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY clients/shared/package.json clients/shared/
COPY clients/admin/package.json clients/admin/
COPY clients/dashboard/package.json clients/dashboard/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY api ./api
COPY migrations ./migrations
COPY test ./test
COPY tools/build-clients.mjs ./tools/
COPY clients ./clients
RUN npx tsc -p tsconfig.json && node tools/build-clients.mjs --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --workspaces=false --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/clients/admin/dist ./clients/admin/dist
COPY --from=build /app/clients/dashboard/dist ./clients/dashboard/dist
USER node
EXPOSE 4000
CMD ["node", "dist/api/src/main.js"]
