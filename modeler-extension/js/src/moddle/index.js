// The namespace's single source of truth, shared with the Java model API: imported, never copied.
import loopDescriptor from '../../../src/main/resources/dev/actionloop/model/loop.json';

export default loopDescriptor;
