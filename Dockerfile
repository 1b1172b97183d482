# sportsgraph: the registry's GraphQL server (and, with another command, its gateway).
# Build:  docker build -t sportsgraph .
# Run:    docker run -p 4000:4000 -v sportsgraph-data:/data sportsgraph
# See README, "Container". Linted by tests/container.test.ts (dockerfile-utils); not built in CI.

# Build stage: installs every dependency (better-sqlite3 compiles with node-gyp, which needs
# python3, make and g++: the full bookworm image has them) and bundles the server into dist/.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# Runtime stage: node, the production dependencies (the compiled addon included), the bundle,
# the migrations and the seed data. No compiler, no dev dependencies, no TypeScript sources.
# MALLOC_ARENA_MAX=2, as `npm start` sets it: glibc gives each thread that allocates its own
# malloc arena, which V8's collections never give back; two keep idle RSS steady (README, "Benchmark").
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATABASE_PATH=/data/sportsgraph.db \
    MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/seeds ./seeds
# The database lives on a volume, owned by the unprivileged user the server runs as.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 4000
# No curl in the slim image: node asks /readyz (database answers, migrations applied).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1, no npm or shell in between: SIGTERM reaches the server, which drains
# requests in flight (SHUTDOWN_GRACE_MS, default 10 s) and exits 0. Keep docker's stop timeout above it.
CMD ["node", "dist/main.js"]
