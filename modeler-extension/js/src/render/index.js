import LoopRenderer from './LoopRenderer';

export default {
  __init__: [ 'loopRenderer' ],
  loopRenderer: [ 'type', LoopRenderer ]
};
