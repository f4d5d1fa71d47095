# One image for the gateway and the three subgraphs; docker-compose.yml picks
# the process with `command: npm run start:<name>`.
FROM node:20-bookworm

WORKDIR /app

# Sources first: `npm ci` runs the `prepare` script, which compiles with tsc.
# better-sqlite3 is a native module; bookworm has the toolchain should no
# prebuilt binary match.
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

ENV HOST=0.0.0.0
EXPOSE 4000 4001 4002 4003

CMD ["npm", "run", "start:gateway"]
