# syntax=docker/dockerfile:1
# Leerhuis worker image. Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t leerhuis-worker .

# --- build: full install, compile with Nx ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run worker:build

# --- deps: production dependencies only, installed apart so dev tools stay out ---
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# --- runtime ---
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
