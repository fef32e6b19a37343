// validate.cjs checks JSON files against a JSON Schema (draft 2020-12) with
// ajv, a validator that is not accord's own, for TestSchemasWithAjv.
//
//	node validate.cjs SCHEMA.json REF FILE... [REF FILE...]...
//
// Each REF, a JSON pointer into the schema starting with "#" ("#" for its
// root, "#/$defs/file.actors"), applies to the FILEs after it; a FILE
// ending in .jsonl is checked line by line. The schema is compiled once.
// It prints one JSON object per checked value: {"file", "line", "valid",
// "errors"}, and exits 2 on a usage or read error.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");

const [schemaFile, ...args] = process.argv.slice(2);
if (!schemaFile || !(args[0] || "").startsWith("#")) {
  console.error("usage: node validate.cjs SCHEMA.json REF FILE... [REF FILE...]...");
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
let validate;
for (const file of args) {
  if (file.startsWith("#")) {
    validate = ajv.getSchema(schema.$id + file);
    if (!validate) {
      console.error(`no schema at ${file}`);
      process.exit(2);
    }
    continue;
  }
  const text = fs.readFileSync(file, "utf8");
  const values = file.endsWith(".jsonl")
    ? text.split("\n").filter((l) => l !== "").map((l, i) => [i + 1, l])
    : [[0, text]];
  for (const [line, json] of values) {
    const valid = validate(JSON.parse(json));
    console.log(JSON.stringify({ file, line, valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`) }));
  }
}
