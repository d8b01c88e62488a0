import { writeFileSync } from 'node:fs';
import { apiSchemaPath, composeSupergraph, supergraphPath } from '../schema/composeSupergraph.ts';

const { supergraphSdl, apiSdl } = composeSupergraph();
writeFileSync(supergraphPath, supergraphSdl);
writeFileSync(apiSchemaPath, apiSdl);
console.log('Wrote schema/supergraph.graphql and schema/api.graphql');
