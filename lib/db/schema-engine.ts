/**
 * Prisma's schema engine, as WebAssembly, driven through the pg driver adapter.
 *
 * Prisma's CLI needs a native schema engine that it downloads on first use; these machines (and air-gapped
 * deployments) cannot download it. The same engine ships as WebAssembly in @prisma/schema-engine-wasm, so
 * migrations are applied here with the checksums and `_prisma_migrations` bookkeeping the CLI uses: a deployment
 * that does have the native engine can run `prisma migrate deploy` on the same folder.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import type * as WasmModule from "@prisma/schema-engine-wasm/schema_engine_bg";

type WasmBindings = typeof WasmModule;
export type SchemaEngine = WasmModule.SchemaEngine;

let bindings: Promise<WasmBindings> | undefined;

/** Instantiates the wasm module by hand: its ESM entry imports a .wasm file, which Node cannot load. */
async function loadBindings(): Promise<WasmBindings> {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; resolve its glue module instead.
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = (await import(
    path.join(dir, "schema_engine_bg.js")
  )) as WasmBindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export type OpenEngine = { engine: SchemaEngine; close(): Promise<void> };

/** The engine plus a close() that frees it and ends its connections (the wasm engine does not end them itself). */
export async function openSchemaEngine(databaseUrl: string, datamodel: string): Promise<OpenEngine> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const connections: { dispose(): Promise<void> }[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(databaseUrl, connections));
  // The engine's own log lines are tracing noise; its errors come back as rejected promises.
  const log = () => {};
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", datamodel]] }, log, adapter);
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connections.map((c) => c.dispose()));
    },
  };
}

type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * adapter-pg runs a migration script by splitting it on every ";", which breaks function bodies and string literals
 * and applies half a migration when one statement fails. The native engine sends the script as one simple-protocol
 * query (PostgreSQL runs it as one implicit transaction); do the same.
 */
function wholeScriptAdapter(databaseUrl: string, connections: { dispose(): Promise<void> }[]): PrismaPg {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    connections.push(adapter);
    const raw = adapter as unknown as ScriptAdapter;
    raw.executeScript = async (script: string) => {
      try {
        await raw.underlyingDriver().query(script);
      } catch (error) {
        raw.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}
