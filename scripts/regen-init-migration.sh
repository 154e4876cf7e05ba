#!/usr/bin/env bash
# Temporary, while no migration has shipped: rebuilds the init migration from the schema.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=prisma/migrations/20261125000000_init
node scripts/prisma.js --url=file:/tmp/regen-$$.db migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql.new"
mv "$dir/migration.sql.new" "$dir/migration.sql"
node scripts/prisma.js generate >/dev/null
echo "init migration and client regenerated"
