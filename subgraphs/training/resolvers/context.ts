import type { SubgraphContext } from '../../runtime/context';
import type { TrainingDataSources } from '../data-sources';

export type TrainingContext = SubgraphContext<TrainingDataSources>;
