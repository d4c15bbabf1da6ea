import { runSubgraph } from '../runtime/run';
import { koperasiUkm } from './subgraph';

runSubgraph(koperasiUkm);
