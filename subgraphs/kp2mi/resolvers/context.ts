import type { SubgraphContext } from '../../runtime/context';
import type { Kp2miDataSources } from '../data-sources';

export type Kp2miContext = SubgraphContext<Kp2miDataSources>;
