import { runSubgraph } from '../runtime/run';
import { kp2mi } from './subgraph';

runSubgraph(kp2mi);
