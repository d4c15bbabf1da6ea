import { runSubgraph } from '../runtime/run';
import { perindustrian } from './subgraph';

runSubgraph(perindustrian);
