# One image for the gateway, the three subgraphs and the one-shot jobs
# (migrations, keys); docker-compose.yml and the Kubernetes manifests pick the
# process with the command. test/unit/container-files.test.ts checks the
# properties this file promises; test/container-signals.test.ts runs the
# commands as processes and stops them the way a container runtime does.

# --- build: compiles with the dev dependencies, then drops them ---
FROM node:20-bookworm AS build
WORKDIR /app
# `npm ci` runs `prepare` (tsc). better-sqlite3 is a native module; bookworm
# has the toolchain should no prebuilt binary match.
COPY . .
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf test bench dist/test dist/bench docs .ci coverage data

# --- runtime: production dependencies and the compiled code, read-only, not root ---
FROM node:20-bookworm-slim AS runtime
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
LABEL org.opencontainers.image.title="ibz-complaints" \
      org.opencontainers.image.description="Federated GraphQL API over the complaint procedure of FOD Binnenlandse Zaken" \
      org.opencontainers.image.licenses="EUPL-1.2" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${COMMIT}"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    APP_VERSION=${VERSION} \
    APP_COMMIT=${COMMIT}
WORKDIR /app
# Owned by root and not writable by the process; only DATA_DIR is (a volume,
# or an emptyDir under a read-only root filesystem).
COPY --from=build /app /app
RUN mkdir -p /app/data /app/keys && chown node:node /app/data /app/keys
USER node
EXPOSE 4000 4001 4002 4003
# HEALTH_PORT: the port of the process this container runs (the gateway's by default).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# node itself is PID 1: it receives SIGTERM and drains (runtime/main.ts); npm would not pass the signal on.
CMD ["node", "--max-old-space-size=192", "dist/gateway/index.js"]
