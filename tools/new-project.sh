#!/usr/bin/env bash
# Scaffolds an Nx project: tools/new-project.sh <root> <name> <tags comma-separated> [app]
set -euo pipefail
root=$1 name=$2 tags=$3 kind=${4:-lib}
up=$(echo "$root" | sed -E 's#[^/]+#..#g')
mkdir -p "$root/src"
tagjson=$(echo "$tags" | sed -E 's/([^,]+)/"\1"/g')
if [ "$kind" = app ]; then
  targets='"build": {}, "lint": {}, "typecheck": {}, "test": {}'
  cat > "$root/tsconfig.app.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$up/dist/$root", "noEmit": false },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts"]
}
JSON
else
  targets='"lint": {}, "typecheck": {}, "test": {}'
fi
cat > "$root/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "$up/node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$root/src",
  "projectType": "$( [ "$kind" = app ] && echo application || echo library )",
  "tags": [$tagjson],
  "targets": { $targets }
}
JSON
cat > "$root/tsconfig.json" <<JSON
{
  "extends": "$up/tsconfig.base.json",
  "compilerOptions": { "rootDir": "$up", "types": ["node", "jest"] },
  "include": ["src/**/*.ts"]
}
JSON
cat > "$root/jest.config.js" <<JSON
module.exports = { ...require('$up/jest.preset.js'), displayName: '$name', rootDir: __dirname };
JSON
