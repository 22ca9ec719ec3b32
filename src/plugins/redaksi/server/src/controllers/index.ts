import redaksi from './redaksi';

export default { redaksi };
