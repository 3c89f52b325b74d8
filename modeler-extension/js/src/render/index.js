import LoopRenderer from './LoopRenderer';
import LaneChangeRefresh from './LaneChangeRefresh';

export default {
  __init__: [ 'loopRenderer', 'loopLaneChangeRefresh' ],
  loopRenderer: [ 'type', LoopRenderer ],
  loopLaneChangeRefresh: [ 'type', LaneChangeRefresh ]
};
