import type { SubgraphContext } from '../../runtime/context';
import type { KoperasiDataSources } from '../data-sources';

export type KoperasiContext = SubgraphContext<KoperasiDataSources>;
