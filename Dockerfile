# The console for production: built once, run against an external PostgreSQL and Synapse.
# docker compose up (compose.yaml) runs it with a PostgreSQL next to it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma ./scripts/prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000
COPY --from=build /app /app
EXPOSE 3000
# The launcher applies migrations, then runs `next start` (the build is already there).
CMD ["npx", "tsx", "scripts/run-console.ts"]
