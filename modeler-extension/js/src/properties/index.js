import LoopPropertiesProvider from './LoopPropertiesProvider';

export default {
  __init__: [ 'loopPropertiesProvider' ],
  loopPropertiesProvider: [ 'type', LoopPropertiesProvider ]
};
