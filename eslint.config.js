// Lint of the subgraph SDL (`npm run lint`). Every `subgraphs/*/schema.graphql` is linted as a
// schema of its own: each is one ministry's subgraph, and types such as `Worker` appear in several
// with different fields, so they are never merged into one schema here (composition does that).
const graphqlPlugin = require('@graphql-eslint/eslint-plugin');
const { buildSubgraphSchema } = require('@apollo/subgraph');
const { getNamedType, isInterfaceType, isObjectType, Kind, parse, print, specifiedDirectives, specifiedScalarTypes } = require('graphql');

const FEDERATION_SPEC = 'specs.apollo.dev/federation/';
const BUILT_IN = new Set([...specifiedScalarTypes, ...specifiedDirectives].map((d) => d.name));
const SCHEMA_NODES = new Set([Kind.SCHEMA_DEFINITION, Kind.SCHEMA_EXTENSION]);

/**
 * The schema a subgraph file describes, as SDL: the file itself plus what federation adds
 * (`@key`, `@shareable`, `@requiresScopes`…, `FieldSet`, `_Any`, `_Entity`, `_service`,
 * `_entities`), built by the same `buildSubgraphSchema` the subgraphs run on.
 *
 * graphql-eslint's own federation support calls `buildSubgraphSchema({ typeDefs })`, a shape the
 * installed @apollo/subgraph no longer accepts ("doc.definitions is not iterable"), so the schema
 * is built here and handed to the parser as SDL. A type's extensions are folded into its
 * definition because `no-unreachable-types` walks only the definition: `_entities` lives in an
 * extension of `Query`, and it is what makes an entity reachable that no field of this subgraph
 * returns (kp2mi's `JobOpening` in esdm, `AuditTrail` in every ministry but kp2mi): the router
 * reaches it through `_entities`.
 */
function federatedSchemaSdl(code) {
  const schema = buildSubgraphSchema([parse(code)]);
  const definitions = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || BUILT_IN.has(type.name) || !type.astNode) continue;
    const merged = { ...type.astNode };
    for (const extension of type.extensionASTNodes) {
      for (const key of ['fields', 'values', 'types', 'interfaces', 'directives']) {
        if (extension[key]) merged[key] = [...(merged[key] ?? []), ...extension[key]];
      }
    }
    definitions.push(merged);
  }
  for (const directive of schema.getDirectives()) {
    if (!BUILT_IN.has(directive.name) && directive.astNode) definitions.push(directive.astNode);
  }
  return print({ kind: Kind.DOCUMENT, definitions });
}

// The graphql-eslint parser, given each file's own federated schema (see above).
const parser = {
  meta: { name: 'graphql-eslint-federated-subgraph', version: '1.0.0' },
  parseForESLint(code, options) {
    let schemaSdl;
    try {
      schemaSdl = federatedSchemaSdl(code);
    } catch (error) {
      // ESLint places a parsing error by `lineNumber` and `column`; graphql-js errors say where in `locations`.
      const location = (error.errors?.[0] ?? error).locations?.[0];
      throw Object.assign(new Error(error.message), location && { lineNumber: location.line, column: location.column });
    }
    return graphqlPlugin.parser.parseForESLint(code, { filePath: options.filePath, schemaSdl });
  },
};

/**
 * The names a subgraph file gives the federation directives that take a field set, from its
 * `@link`: imported ones under their import name (or its `as`), the others as `federation__key`
 * (or the link's own `as`).
 */
function fieldSetDirectiveNames(document) {
  const names = new Map();
  for (const definition of document.definitions) {
    if (!SCHEMA_NODES.has(definition.kind)) continue;
    for (const link of definition.directives ?? []) {
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, a.value]));
      if (link.name.value !== 'link' || args.url?.kind !== Kind.STRING || !args.url.value.includes(FEDERATION_SPEC)) continue;
      const prefix = args.as?.kind === Kind.STRING ? args.as.value : 'federation';
      for (const directive of ['key', 'requires', 'provides']) names.set(`${prefix}__${directive}`, directive);
      for (const item of args.import?.kind === Kind.LIST ? args.import.values : []) {
        const fields = item.kind === Kind.OBJECT ? Object.fromEntries(item.fields.map((f) => [f.name.value, f.value.value])) : { name: item.value };
        const directive = fields.name?.replace(/^@/, '');
        if (['key', 'requires', 'provides'].includes(directive)) names.set((fields.as ?? fields.name).replace(/^@/, ''), directive);
      }
    }
  }
  return names;
}

/**
 * `federation/field-sets-exist`: every field a `@key(fields: …)` names exists on its type, and so
 * does every field of a `@requires` (on the field's own type) and of a `@provides` (on the type the
 * field returns), nested selections included. Composition refuses such a subgraph too, but only
 * once all four compose and without a line; this rule points at the directive.
 */
const fieldSetsExist = {
  meta: {
    type: 'problem',
    docs: { description: 'Fields named by @key, @requires and @provides exist on their type.' },
    schema: [],
  },
  create(context) {
    const { schema } = context.sourceCode.parserServices;
    let names = new Map();

    function check(coordinate, directive, fieldsNode, type) {
      let selectionSet;
      try {
        selectionSet = parse(`{${fieldsNode.value}}`, { noLocation: true }).definitions[0].selectionSet;
      } catch (error) {
        context.report({ node: fieldsNode, message: `\`@${directive}\` fields "${fieldsNode.value}" are not a field set: ${error.message}` });
        return;
      }
      const walk = (selections, parentType) => {
        for (const selection of selections) {
          if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet.selections, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType);
            continue;
          }
          if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
          const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
          if (!field) {
            context.report({
              node: fieldsNode,
              message: `\`@${directive}\` on \`${coordinate}\` names \`${selection.name.value}\`, which \`${parentType?.name ?? '?'}\` does not have.`,
            });
          } else if (selection.selectionSet) {
            walk(selection.selectionSet.selections, getNamedType(field.type));
          }
        }
      };
      walk(selectionSet.selections, type);
    }

    return {
      Document(node) {
        names = fieldSetDirectiveNames(node.rawNode());
      },
      Directive(node) {
        const directive = names.get(node.name.value);
        const fieldsNode = node.arguments?.find((a) => a.name.value === 'fields')?.value;
        if (!directive || fieldsNode?.kind !== Kind.STRING) return;
        const owner = node.parent;
        if (directive === 'key') {
          check(owner.name.value, directive, fieldsNode, schema.getType(owner.name.value));
        } else if (owner.kind === Kind.FIELD_DEFINITION) {
          const parentType = schema.getType(owner.parent.name.value);
          const target = directive === 'requires' ? parentType : getNamedType(parentType.getFields()[owner.name.value].type);
          check(`${owner.parent.name.value}.${owner.name.value}`, directive, fieldsNode, target);
        }
      },
    };
  },
};

module.exports = [
  {
    files: ['subgraphs/*/schema.graphql'],
    languageOptions: { parser },
    plugins: {
      '@graphql-eslint': graphqlPlugin,
      federation: { rules: { 'field-sets-exist': fieldSetsExist } },
    },
    // A `# eslint-disable` that no longer silences anything is itself an error, so none lingers.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // graphql-eslint's recommended schema set: valid SDL against the federated schema (known
      // types, directives and arguments, unique names), no `#` comment where a description
      // belongs, no field prefixed with its type's name, a reason on every deprecation.
      // Overridden or switched off below where it does not fit this graph.
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,

      // The explorer is the analysts' manual: every type, field, argument, input field, enum
      // value and directive says what it is.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],

      // The contract's names are binding: these are the conventions it already follows (types
      // PascalCase, fields and arguments camelCase, enum values UPPER_CASE, inputs ending in
      // `Input` or `Filter`), so a new name that breaks them is caught before it is published.
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...graphqlPlugin.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'][1],
          'InputObjectTypeDefinition,InputObjectTypeExtension': { style: 'PascalCase', requiredSuffixes: ['Input', 'Filter'] },
        },
      ],

      // A type nothing reaches is dead contract. Reachability is federation's: from the root
      // fields and from `_entities`, so an entity another subgraph returns counts as used.
      '@graphql-eslint/no-unreachable-types': 'error',

      // `@key`, `@requires` and `@provides` name fields that exist.
      'federation/field-sets-exist': 'error',

      // Pagination is the same everywhere: a type with `edges` and `pageInfo` is a `…Connection`,
      // an `…Edge` has `cursor` and `node`, a connection field takes `first` and `after`. Not
      // asked for: a `Node` interface (nodes are entities, identified by their `@key`), backward
      // arguments (no connection pages backwards), and lists of edges only (plain lists such as
      // `Worker.placements` are part of the contract).
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],

      // A mutation answers the object it changed, so a client reads the result in the same round trip.
      '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',

      // Off: the SDL writes short descriptions inline ("…") and long ones as blocks ("""…"""),
      // by length; the rule wants one style for all.
      '@graphql-eslint/description-style': 'off',

      // Off: identity here is federation's `@key` (checked above), not a field named `id`:
      // `Country` is keyed by its ISO `code`, `AuditTrail` by `pageKey`, and value types
      // (`PageInfo`, `StatBucket`, edges, connections, `TrainingCenter`) have no identity at all.
      // Adding ids would change the contract.
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
];
