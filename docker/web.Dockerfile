# syntax=docker/dockerfile:1
# Leerhuis web front: nginx serves the web app's fingerprinted assets and proxies everything
# else (pages included) to the API, so the browser sees one origin and every page carries the
# API's security headers. Build from the root:
#   docker build -f docker/web.Dockerfile -t leerhuis-web .

# --- build: full install, bundle with Vite ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run web:build

# --- runtime: static files + reverse proxy to the api service ---
FROM nginx:1.27-alpine
# API_UPSTREAM is substituted into the template by the nginx image's entrypoint (envsubst).
ENV API_UPSTREAM=http://api:3000
COPY docker/web.nginx.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
