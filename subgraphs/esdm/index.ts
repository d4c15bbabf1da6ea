import { runSubgraph } from '../runtime/run';
import { esdm } from './subgraph';

runSubgraph(esdm);
